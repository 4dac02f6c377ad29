#!/usr/bin/env python3
"""Writes server/src/main/resources/recall/auth/common-passwords.txt: passwords of 10 characters or
more that guessers try first, composed from well-known patterns (common words with the usual
suffixes, keyboard walks, digit runs, school words). Only those of 10+ characters matter: shorter
ones are refused by length anyway."""
import itertools, pathlib

words = """password passw0rd p@ssword p@ssw0rd qwerty qwertyuiop asdfgh asdfghjkl zxcvbnm letmein welcome
welcome1 iloveyou dragon monkey football baseball basketball soccer hockey master shadow sunshine princess
superman batman trustno1 starwars whatever freedom secret computer internet abc123 abcdef abcdefgh
administrator admin changeme default teacher teachers student students school schools classroom recall
quiz history maths science english headteacher principal college academy summer winter spring autumn
january february march april june july august september october november december monday friday
charlie michael jennifer jordan thomas daniel jessica ashley matthew andrew joshua hannah william
liverpool chelsea arsenal manchester london england scotland ireland america canada germany
hello helloworld loveyou lovely flower butterfly chocolate cookie pokemon minecraft fortnite roblox
killer hunter ranger tigger ginger pepper buster yankees cowboys eagles packers steelers
mustang harley corvette ferrari porsche mercedes toyota honda yamaha
login access security private office work family children friends purple orange yellow silver golden
blink182 metallica nirvana beatles""".split()
suffixes = ["", "1", "12", "123", "1234", "12345", "123456", "!", "1!", "123!", "01", "69", "99", "00",
            "2020", "2021", "2022", "2023", "2024", "2025", "2026", "2027", "@123", "#1", "1234!", "2024!", "2025!", "2026!"]
out = set()
for w in words:
    for base in {w, w.capitalize(), w.upper()}:
        for s in suffixes:
            out.add(base + s)
        out.add(base + base)
walks = ["1234567890", "0987654321", "qwertyuiop", "asdfghjkl;", "zxcvbnm,./", "1q2w3e4r5t", "1qaz2wsx3edc",
         "qazwsxedc", "qazwsxedcrfv", "zaq12wsx", "!qaz2wsx", "q1w2e3r4t5", "1q2w3e4r5t6y", "qwerty123456",
         "qwertyuiop123", "asdfghjkl123", "abcdefghij", "abcdefghijk", "abc1234567", "a1b2c3d4e5", "aaaaaaaaaa"]
out.update(walks)
for n in range(10, 17):
    out.add("".join(str(i % 10) for i in range(1, n + 1)))
    for d in "0123456789":
        out.add(d * n)
for a, b in itertools.product("0123456789", repeat=2):
    out.add((a + b) * 5)
lines = sorted(p for p in out if len(p) >= 10)
path = pathlib.Path(__file__).resolve().parent.parent / "server/src/main/resources/recall/auth/common-passwords.txt"
path.write_text("# Common passwords of 10+ characters, composed by scripts/common-passwords.py\n" + "\n".join(lines) + "\n")
print(len(lines), "passwords written to", path)
