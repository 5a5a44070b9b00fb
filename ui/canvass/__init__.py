"""The Canvass tab: check a turf out, work it by door or phone, print and key in walk sheets."""
