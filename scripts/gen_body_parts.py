#!/usr/bin/env python3
"""Generates src/read/prose/partner/body_parts.rs: the nouns that name a part of
the body, from WordNet 3.0's noun hierarchy (Debian package `wordnet-base`).

    apt-get install -y wordnet-base
    python3 scripts/gen_body_parts.py > src/read/prose/partner/body_parts.rs

The partner reader reads "the patient's knee", "the base's feet", "their
ankles" as someone acting on another person's body; the noun after the
owner must name a part of the body. A lemma is kept when

  1. its most frequent sense (sense 1 in index.noun) is a synset under
     body_part.n.01 (hyponym links), so the word means a part of the body
     first of all ("knee", "shoulder blade", "hamstring"), and
  2. it is one or two words; and it is not in STOP.

ADD holds the few words the field uses that WordNet ranks as something
else first ("back", "bottom", "side"). Plurals are added by the reader.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_person_nouns import senses, synsets, write_table  # noqa: E402

WORDNET = os.environ.get("WORDNET_DIR", "/usr/share/wordnet")
BODY_PART = "05220461"  # body_part.n.01
ADD = {"back", "lower back", "upper back", "hip", "hips", "calf", "chest", "head", "shoulder blade", "waist", "pelvis", "glutes", "sacrum", "tummy", "body", "limb", "joint", "thigh", "shin", "palm", "heel", "elbow", "wrist", "ankle", "foot", "feet", "knee", "leg", "arm", "hand", "neck", "spine", "shoulder", "toe", "finger", "thumb", "forearm", "torso", "trunk", "stomach", "hamstring", "muscle"}
STOP = {
    # a part of the body first in WordNet, something else after "the X's"
    "side", "front", "rear", "seat", "position", "weight", "quick", "small",
    "behind", "hooks", "res", "optic", "facial", "graft", "shunt", "valve",
    "wing", "tunic", "organ", "vessel", "lid", "craw", "maw",
}


def main():
    children = {}
    for offset, _words, hyponyms in synsets(os.path.join(WORDNET, "data.noun")):
        children[offset] = hyponyms
    parts, todo = set(), [BODY_PART]
    while todo:
        offset = todo.pop()
        if offset in parts:
            continue
        parts.add(offset)
        todo.extend(children.get(offset, []))
    kept = set(ADD)
    for lemma, offsets in senses().items():
        if offsets[0] not in parts or not lemma.isascii():
            continue
        words = lemma.split("_")
        if not all(w.isalpha() for w in words) or lemma in STOP or len(words) > 2:
            continue
        kept.add(" ".join(words))
    write_table("gen_body_parts.py", "a part of the body", "BODY_PARTS", kept)


if __name__ == "__main__":
    main()
