#!/usr/bin/env python3
"""Generates src/read/partner/person_nouns.rs: the nouns that name a person, from
WordNet 3.0's noun hierarchy (Debian package `wordnet-base`).

    apt-get install -y wordnet-base
    python3 scripts/gen_person_nouns.py > src/read/partner/person_nouns.rs

WordNet's hyponyms of person.n.01 are some 11,000 lemmas, many of them a
person only in a rare sense ("card", "type", "case", "head"). A step reader
must not take "a card" for someone taking part, so a lemma is kept only when

  1. its *most frequent* sense (sense 1 in index.noun) is a synset under
     person.n.01 (hyponym links, instances excluded), so the word means a
     person first of all;
  2. that sense was seen at least MIN_TAGS times in the sense-tagged corpus
     behind WordNet (cntlist.rev), so the word is in common use, or every
     sense of the word is a person ("physiotherapist", "somebody",
     "caregiver"), so it cannot mean anything else; and
  3. no sense of it is glossed as a slur or an offensive or vulgar term
     (a table of the product should hold none); and
  4. it is not in STOP, words that are a person first in WordNet but read
     otherwise in exercise text (a "second", a "head", a "giant" step).

ADD holds the few words of the field that WordNet 3.0 lacks ("carer",
"physio", "clinician") or ranks as something else first ("spotter", "trainer").

Multi-word lemmas ("family member") are kept under rule 1 alone, as they
are rarely tagged, and written with spaces. Plurals are added by the
reader, not here.
"""

import os
import sys

WORDNET = os.environ.get("WORDNET_DIR", "/usr/share/wordnet")
PERSON = "00007846"  # person.n.01
OFFENSIVE_SYNSETS = set()
MIN_TAGS = 1
ADD = {
    "carer", "physio", "spotter", "trainer", "family member", "helper",
    # the one who moves the patient in manual-therapy texts
    "clinician", "operator", "exerciser",
}
STOP = {
    # a person first in WordNet, something else in an exercise step
    "second", "head", "giant", "model", "type", "sign", "guide", "master",
    "lead", "leader", "runner", "walker", "swimmer", "jumper", "starter",
    "native", "adult", "child", "baby", "man", "woman", "people", "self",
    "one", "ego", "beginner", "user", "reader", "patient", "individual",
    "mortal", "soul", "subject", "case", "client", "member", "owner",
    "occupant", "inhabitant", "resident", "victim", "sufferer", "host",
    "guest", "visitor", "stranger", "boss", "expert", "professional",
    "whore",
}


OFFENSIVE = ("slur", "offensive", "derogatory", "disparaging", "vulgar", "obscene", "contemptuous")


def synsets(path):
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head, _, gloss = line.partition(" | ")
            if any(word in gloss for word in OFFENSIVE):
                OFFENSIVE_SYNSETS.add(head.split()[0])
            fields = head.split()
            offset, _lexfile, _pos, count = fields[0], fields[1], fields[2], int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(count)]
            at = 4 + 2 * count
            pointers = int(fields[at])
            hyponyms = [
                fields[at + 1 + 4 * i + 1]
                for i in range(pointers)
                if fields[at + 1 + 4 * i] == "~"
            ]
            yield offset, words, hyponyms


def person_synsets():
    children = {}
    for offset, _words, hyponyms in synsets(os.path.join(WORDNET, "data.noun")):
        children[offset] = hyponyms
    seen, todo = set(), [PERSON]
    while todo:
        offset = todo.pop()
        if offset in seen:
            continue
        seen.add(offset)
        todo.extend(children.get(offset, []))
    return seen


def senses():
    """lemma -> its synset offsets, most frequent sense first."""
    out = {}
    with open(os.path.join(WORDNET, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, sense_count = fields[0], int(fields[2])
            out[lemma] = fields[-sense_count:]
    return out


def sense1_tags():
    """lemma -> how often its sense 1 (as a noun) was tagged."""
    tags = {}
    with open(os.path.join(WORDNET, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, number, count = line.split()
            lemma, rest = key.split("%", 1)
            if rest.startswith("1:") and number == "1":
                tags[lemma] = tags.get(lemma, 0) + int(count)
    return tags


def main():
    persons = person_synsets()
    tags = sense1_tags()
    kept = set(ADD)
    for lemma, offsets in senses().items():
        if offsets[0] not in persons or not lemma.isascii():
            continue
        if any(o in OFFENSIVE_SYNSETS for o in offsets):
            continue
        words = lemma.split("_")
        if not all(w.isalpha() for w in words) or lemma in STOP or len(words) > 2:
            continue
        only_person = all(o in persons for o in offsets)
        if len(words) == 1 and tags.get(lemma, 0) < MIN_TAGS and not only_person:
            continue
        kept.add(" ".join(words))
    out = sys.stdout
    out.write("// Generated by scripts/gen_person_nouns.py from WordNet 3.0; do not edit.\n")
    out.write("// Sorted, for a binary search: no table is built at run time.\n\n")
    out.write("/// The nouns (singular) that name a person first of all.\n")
    out.write("pub const PERSON_NOUNS: &[&str] = &[\n")
    out.write("".join(f'    "{w}",\n' for w in sorted(kept)))
    out.write("];\n")


if __name__ == "__main__":
    main()
