"""Writes the macOS managed-preferences fixtures in tests/fixtures/policy/macos/.

Run with `python3 scripts/generateMacPolicyFixtures.py`; the output is committed. Python's
standard plistlib is used because it is an independent, widely used encoder for both the XML and
the binary ("bplist00") formats: the app's own readers are tested against files they did not write.
"""
import datetime
import pathlib
import plistlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "policy" / "macos"

# What a device-level profile for com.breakwise.app looks like once macOS has written it out.
DEVICE = {
    "MicroBreakEveryMinutes": 20,
    "StrictMode": True,
    "AdminContact": "IT Service Desk <it@example.com> & friends",
    "DisabledExercises": ["neck-roll", "wrist-circles"],
}

# A user-level profile: one key the device also sets, one only the user file sets.
USER = {
    "MicroBreakEveryMinutes": 45,
    "LongBreakEveryMinutes": 60,
    "AdminContact": "Zoë Müller, Büro 3",
}

# Every plist type once, for comparing the XML and binary readers value by value.
ALL_TYPES = {
    "Text": "plain ascii",
    "Unicode": "Zoë 🧘 Müller",  # non-ASCII: the binary encoder stores it as UTF-16
    "Empty": "",
    "Small": 7,
    "Byte": 200,
    "Large": 2**40,
    "Negative": -15,
    "Ratio": 0.75,
    "Yes": True,
    "No": False,
    "When": datetime.datetime(2026, 3, 2, 9, 30, 0),
    "Blob": b"\x00\x01\xfe",
    "List": ["a", 1, {"Nested": True}],
    "EmptyList": [],
    "EmptyDict": {},
    "Long": "x" * 40,  # longer than 14 characters: the length follows the marker as an integer
}


def write(name: str, value: dict, fmt) -> None:
    (OUT / name).write_bytes(plistlib.dumps(value, fmt=fmt, sort_keys=True))


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write("device-binary.plist", DEVICE, plistlib.FMT_BINARY)
    write("user-xml.plist", USER, plistlib.FMT_XML)
    write("all-types-binary.plist", ALL_TYPES, plistlib.FMT_BINARY)
    write("all-types-xml.plist", ALL_TYPES, plistlib.FMT_XML)
