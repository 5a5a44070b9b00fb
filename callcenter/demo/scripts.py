"""What the demo campaigns say: scripts, result codes and call notes in en, de and fr.

Plain data, so a trainer can read (and translators can check) the texts in one
place.  Merge fields in ``{braces}`` are filled in on the contact card.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Texts = dict[str, str]


@dataclass(frozen=True)
class AnswerSpec:
    key: str
    label: Texts
    next_question: str | None = None
    ends_script: bool = False


@dataclass(frozen=True)
class QuestionSpec:
    key: str
    prompt: Texts
    answers: tuple[AnswerSpec, ...]
    allows_text: bool = False


@dataclass(frozen=True)
class ScriptSpec:
    name: str
    intro: Texts
    closing: Texts
    questions: tuple[QuestionSpec, ...]


@dataclass(frozen=True)
class ResultCodeSpec:
    code: str
    label: Texts
    crm_value: str
    counts_as_contact: bool = False
    is_terminal: bool = False
    is_wrong_number: bool = False
    is_do_not_call: bool = False
    schedules_callback: bool = False
    # How often a prior call ends this way: as the last call, and as an earlier one.
    final_weight: int = 0
    earlier_weight: int = 0
    seconds: tuple[int, int] = (20, 60)


@dataclass(frozen=True)
class CampaignSpec:
    key: str
    name: str
    description: str
    list_name: str
    list_share: float
    script: ScriptSpec
    result_codes: tuple[ResultCodeSpec, ...]
    refusal_code: str
    # The first survey answer a finished call implies, weighted, per result code.
    survey_starts: dict[str, tuple[str, dict[str, int]]] = field(default_factory=dict)


def _a(key: str, en: str, de: str, fr: str, to: str | None = None) -> AnswerSpec:
    """An answer that goes on to question ``to``, or ends the script without one."""
    return AnswerSpec(key, {"en": en, "de": de, "fr": fr}, to, ends_script=to is None)


GOTV_SCRIPT = ScriptSpec(
    name="GOTV phone script",
    intro={
        "en": "Hi, may I speak with {first_name}? My name is {volunteer_name}, and I'm a "
        "volunteer with {campaign}. We're calling neighbors about the upcoming election. "
        "Do you have a minute?",
        "de": "Guten Tag, spreche ich mit {first_name}? Mein Name ist {volunteer_name}, ich "
        "engagiere mich ehrenamtlich bei {campaign}. Wir rufen Nachbarn wegen der kommenden "
        "Wahl an. Haben Sie eine Minute Zeit?",
        "fr": "Bonjour, pourrais-je parler à {first_name} ? Je m'appelle {volunteer_name}, je "
        "suis bénévole pour {campaign}. Nous appelons les habitants du quartier au sujet des "
        "prochaines élections. Avez-vous une minute ?",
    },
    closing={
        "en": "Thank you, {first_name}! Remember, your polling place is {polling_place}. "
        "Have a great evening.",
        "de": "Vielen Dank, {first_name}! Zur Erinnerung: Ihr Wahllokal ist {polling_place}. "
        "Einen schönen Abend noch.",
        "fr": "Merci beaucoup, {first_name} ! Pour rappel, votre bureau de vote est "
        "{polling_place}. Bonne soirée !",
    },
    questions=(
        QuestionSpec(
            "support",
            {
                "en": "Can we count on you to vote for our candidates this November?",
                "de": "Können wir im November auf Ihre Stimme für unsere Kandidatinnen und "
                "Kandidaten zählen?",
                "fr": "Pouvons-nous compter sur votre vote pour nos candidats en novembre ?",
            },
            (
                _a("yes", "Yes", "Ja", "Oui", to="vote_plan"),
                _a("undecided", "Undecided", "Noch unentschlossen", "Indécis·e", to="issues"),
                _a("no", "No", "Nein", "Non"),
            ),
        ),
        QuestionSpec(
            "issues",
            {
                "en": "What issue matters most to you this year?",
                "de": "Welches Thema ist Ihnen dieses Jahr am wichtigsten?",
                "fr": "Quel sujet compte le plus pour vous cette année ?",
            },
            (
                _a(
                    "cost_of_living",
                    "Cost of living",
                    "Lebenshaltungskosten",
                    "Coût de la vie",
                    to="vote_plan",
                ),
                _a("health_care", "Health care", "Gesundheitsversorgung", "Santé", to="vote_plan"),
                _a("schools", "Schools", "Schulen", "Écoles", to="vote_plan"),
                _a("housing", "Housing", "Wohnen", "Logement", to="vote_plan"),
                _a("climate", "Climate", "Klima", "Climat", to="vote_plan"),
                _a("other", "Something else", "Etwas anderes", "Autre chose", to="vote_plan"),
            ),
            allows_text=True,
        ),
        QuestionSpec(
            "vote_plan",
            {
                "en": "Your polling place is {polling_place}. When do you plan to vote?",
                "de": "Ihr Wahllokal ist {polling_place}. Wann möchten Sie wählen?",
                "fr": "Votre bureau de vote est {polling_place}. Quand pensez-vous aller voter ?",
            },
            (
                _a("early", "Early, in person", "Vorab, persönlich", "En avance, sur place"),
                _a("mail", "By mail", "Per Briefwahl", "Par correspondance"),
                _a(
                    "election_day", "On Election Day", "Am Wahltag", "Le jour du scrutin", to="ride"
                ),
                _a("not_sure", "Not sure yet", "Weiß noch nicht", "Pas encore sûr·e", to="ride"),
            ),
        ),
        QuestionSpec(
            "ride",
            {
                "en": "Would you like a ride to the polls, {first_name}?",
                "de": "Sollen wir Sie zum Wahllokal fahren, {first_name}?",
                "fr": "Souhaitez-vous qu'on vous conduise au bureau de vote, {first_name} ?",
            },
            (
                _a("yes", "Yes, please", "Ja, gern", "Oui, volontiers"),
                _a("no", "No, thanks", "Nein, danke", "Non, merci"),
            ),
        ),
    ),
)

MEMBERSHIP_SCRIPT = ScriptSpec(
    name="Membership drive script",
    intro={
        "en": "Hi {first_name}, this is {volunteer_name}, a volunteer with {campaign}. Thank "
        "you for standing with us. I'm calling to ask you to become a member.",
        "de": "Hallo {first_name}, hier ist {volunteer_name}, ehrenamtlich bei {campaign}. "
        "Danke, dass Sie uns unterstützen. Ich rufe an, um Sie zu fragen, ob Sie Mitglied "
        "werden möchten.",
        "fr": "Bonjour {first_name}, ici {volunteer_name}, bénévole pour {campaign}. Merci de "
        "votre soutien. Je vous appelle pour vous proposer de devenir membre.",
    },
    closing={
        "en": "Thanks so much for your time, {first_name}. Members make {campaign} possible.",
        "de": "Vielen Dank für Ihre Zeit, {first_name}. Mitglieder machen {campaign} möglich.",
        "fr": "Merci beaucoup pour votre temps, {first_name}. Ce sont les membres qui font "
        "vivre {campaign}.",
    },
    questions=(
        QuestionSpec(
            "join",
            {
                "en": "Will you join as a member for $5 a month?",
                "de": "Werden Sie Mitglied, für 5 Dollar im Monat?",
                "fr": "Voulez-vous devenir membre pour 5 dollars par mois ?",
            },
            (
                _a("yes", "Yes", "Ja", "Oui", to="amount"),
                _a("maybe", "Maybe later", "Vielleicht später", "Peut-être plus tard"),
                _a("no", "No", "Nein", "Non", to="reason"),
            ),
        ),
        QuestionSpec(
            "amount",
            {
                "en": "Thank you, {first_name}! Which monthly amount works for you?",
                "de": "Vielen Dank, {first_name}! Welcher Monatsbeitrag passt für Sie?",
                "fr": "Merci, {first_name} ! Quel montant mensuel vous convient ?",
            },
            (
                _a("usd5", "$5", "5 $", "5 $", to="link"),
                _a("usd10", "$10", "10 $", "10 $", to="link"),
                _a("usd25", "$25", "25 $", "25 $", to="link"),
                _a("other", "Another amount", "Anderer Betrag", "Autre montant", to="link"),
            ),
            allows_text=True,
        ),
        QuestionSpec(
            "link",
            {
                "en": "Shall we send you the sign-up link by email or by text message?",
                "de": "Sollen wir Ihnen den Anmeldelink per E-Mail oder per SMS schicken?",
                "fr": "Préférez-vous recevoir le lien d'adhésion par e-mail ou par SMS ?",
            },
            (
                _a("email", "Email", "E-Mail", "E-mail"),
                _a("text", "Text message", "SMS", "SMS"),
            ),
        ),
        QuestionSpec(
            "reason",
            {
                "en": "May I ask what's holding you back?",
                "de": "Darf ich fragen, was Sie davon abhält?",
                "fr": "Puis-je vous demander ce qui vous retient ?",
            },
            (
                _a("cost", "Money is tight", "Das Geld ist knapp", "Budget serré"),
                _a("time", "No time to get involved", "Keine Zeit", "Pas le temps"),
                _a("disagree", "Disagrees with us", "Nicht einverstanden", "Pas d'accord"),
                _a("other", "Something else", "Etwas anderes", "Autre chose"),
            ),
            allows_text=True,
        ),
    ),
)


def _l(en: str, de: str, fr: str) -> Texts:
    return {"en": en, "de": de, "fr": fr}


def _result_codes(reached: ResultCodeSpec, refused: ResultCodeSpec) -> tuple[ResultCodeSpec, ...]:
    """The nine codes every campaign has, hotkeys 1-9 in this order."""
    return (
        reached,
        ResultCodeSpec(
            "NO_ANSWER",
            _l("No answer", "Keine Antwort", "Pas de réponse"),
            "No Answer",
            final_weight=30,
            earlier_weight=55,
            seconds=(20, 45),
        ),
        ResultCodeSpec(
            "LEFT_MESSAGE",
            _l("Left message", "Nachricht hinterlassen", "Message laissé"),
            "Left Voicemail",
            final_weight=16,
            earlier_weight=30,
            seconds=(35, 90),
        ),
        ResultCodeSpec(
            "BUSY",
            _l("Busy", "Besetzt", "Occupé"),
            "Busy",
            final_weight=4,
            earlier_weight=10,
            seconds=(3, 10),
        ),
        ResultCodeSpec(
            "CALL_BACK",
            _l("Call back later", "Später zurückrufen", "Rappeler plus tard"),
            "Call Back",
            counts_as_contact=True,
            schedules_callback=True,
            final_weight=8,
            seconds=(30, 120),
        ),
        ResultCodeSpec(
            "WRONG_NUMBER",
            _l("Wrong number", "Falsche Nummer", "Mauvais numéro"),
            "Wrong Number",
            is_wrong_number=True,
            final_weight=5,
            earlier_weight=5,
            seconds=(15, 60),
        ),
        refused,
        ResultCodeSpec(
            "DO_NOT_CALL",
            _l("Do not call", "Nicht mehr anrufen", "Ne plus appeler"),
            "Do Not Call",
            counts_as_contact=True,
            is_terminal=True,
            is_do_not_call=True,
            final_weight=3,
            seconds=(15, 60),
        ),
        ResultCodeSpec(
            "MOVED",
            _l("Moved / deceased", "Verzogen / verstorben", "Déménagé / décédé"),
            "Moved/Deceased",
            is_terminal=True,
            final_weight=3,
            seconds=(20, 90),
        ),
    )


CAMPAIGNS = (
    CampaignSpec(
        key="gotv",
        name="Get Out The Vote {election_year}",
        description="Mobilization: make sure every supporter has a plan to vote.",
        list_name="GOTV universe, all precincts",
        list_share=1.0,
        script=GOTV_SCRIPT,
        result_codes=_result_codes(
            ResultCodeSpec(
                "CONTACTED",
                _l("Contacted", "Erreicht", "Joint"),
                "Contacted",
                counts_as_contact=True,
                is_terminal=True,
                final_weight=22,
                seconds=(90, 420),
            ),
            ResultCodeSpec(
                "REFUSED",
                _l("Refused", "Abgelehnt", "Refus"),
                "Refused",
                counts_as_contact=True,
                is_terminal=True,
                final_weight=9,
                seconds=(10, 60),
            ),
        ),
        refusal_code="REFUSED",
        survey_starts={"CONTACTED": ("support", {"yes": 55, "undecided": 25, "no": 20})},
    ),
    CampaignSpec(
        key="membership",
        name="Membership drive {year}",
        description="Money: ask past supporters to join as dues-paying members.",
        list_name="Supporters not yet members",
        list_share=0.4,
        script=MEMBERSHIP_SCRIPT,
        result_codes=_result_codes(
            ResultCodeSpec(
                "JOINED",
                _l("Joined", "Mitglied geworden", "A adhéré"),
                "Joined",
                counts_as_contact=True,
                is_terminal=True,
                final_weight=14,
                seconds=(180, 600),
            ),
            ResultCodeSpec(
                "DECLINED",
                _l("Declined", "Lehnt ab", "Décline"),
                "Declined",
                counts_as_contact=True,
                is_terminal=True,
                final_weight=17,
                seconds=(60, 300),
            ),
        ),
        refusal_code="DECLINED",
        survey_starts={
            "JOINED": ("join", {"yes": 1}),
            "DECLINED": ("join", {"no": 70, "maybe": 30}),
        },
    ),
)

# Short notes a volunteer might type, per result and language; most calls have none.
NOTES: dict[str, dict[str, tuple[str, ...]]] = {
    "NO_ANSWER": {
        "en": ("Rang out, no voicemail.", "No answer after 8 rings."),
        "de": ("Niemand erreicht.", "Kein Anrufbeantworter."),
        "fr": ("Pas de réponse.", "Pas de messagerie."),
    },
    "LEFT_MESSAGE": {
        "en": ("Left voicemail with our callback number.", "Left a short message."),
        "de": ("Nachricht auf dem AB hinterlassen.",),
        "fr": ("Message laissé sur le répondeur.",),
    },
    "BUSY": {
        "en": ("Line busy.", "Busy signal twice."),
        "de": ("Besetzt.",),
        "fr": ("Ligne occupée.",),
    },
    "CALL_BACK": {
        "en": (
            "Asked us to call back after 6pm.",
            "Driving, call back tomorrow.",
            "Spouse answered, call back later.",
        ),
        "de": ("Bitte nach 18 Uhr zurückrufen.", "Gerade unterwegs, morgen nochmal."),
        "fr": ("Rappeler après 18 h.", "Occupé·e, rappeler demain."),
    },
    "WRONG_NUMBER": {
        "en": ("Number belongs to a business.", "No one by that name at this number."),
        "de": ("Anschluss gehört jemand anderem.",),
        "fr": ("Ce n'est pas le bon numéro.",),
    },
    "CONTACTED": {
        "en": (
            "Very friendly, wants a yard sign.",
            "Already planning to vote early.",
            "Asked about mail ballots.",
            "Long talk about the schools.",
        ),
        "de": ("Sehr freundlich, möchte ein Plakat.", "Fragt nach der Briefwahl."),
        "fr": ("Très sympathique.", "Demande des infos sur le vote par correspondance."),
    },
    "JOINED": {
        "en": ("Joined at $10 a month, link sent by text.", "Happy to join!"),
        "de": ("Wird Mitglied, Link per SMS.",),
        "fr": ("Adhère, lien envoyé par SMS.",),
    },
    "REFUSED": {
        "en": ("Not interested.", "Hung up quickly.", "Doesn't talk politics on the phone."),
        "de": ("Kein Interesse.", "Hat aufgelegt."),
        "fr": ("Pas intéressé·e.", "A raccroché."),
    },
    "DECLINED": {
        "en": ("Not right now, money is tight.", "Already gives elsewhere."),
        "de": ("Gerade nicht, das Geld ist knapp.",),
        "fr": ("Pas pour l'instant.",),
    },
    "DO_NOT_CALL": {
        "en": ("Asked to be removed from our list.",),
        "de": ("Möchte nicht mehr angerufen werden.",),
        "fr": ("Ne souhaite plus être appelé·e.",),
    },
    "MOVED": {
        "en": ("Moved out of state last year.", "Family said she passed away."),
        "de": ("Ist verzogen.",),
        "fr": ("A déménagé.",),
    },
}

# Free-text survey answers ("something else"), per language.
TEXT_ANSWERS: dict[str, tuple[str, ...]] = {
    "en": ("Public transit", "Property taxes", "Roads and potholes", "$15 a month"),
    "de": ("Nahverkehr", "Steuern", "Straßen"),
    "fr": ("Transports en commun", "Impôts locaux", "Les routes"),
}
