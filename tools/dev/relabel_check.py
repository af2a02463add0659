"""How many word labels would change if `clean` took the language of each word from the
normalizer's *input* (mapped through the offsets) instead of segmenting the normalized text
again: the question behind "clean segments once" (see the speed issue and docs/lang.md).

    python3 tools/dev/relabel_check.py FILE...     # one text per line; needs the naskh wheel

For every line the `default` normalizer changes, each word of `naskh.segment(output)` is
compared with the label `naskh.segment(input)` gives the input char its first char came from.
"""
import sys, collections, naskh
n = naskh.Normalizer()
tot_words = changed_lines = lines = moved = 0
by = collections.Counter()
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            continue
        lines += 1
        out, offs = n.normalize_with_offsets(line)
        if out == line:
            continue
        changed_lines += 1
        # language of each input char
        lab_in = [None] * len(line)
        for s in naskh.segment(line):
            for i in range(s.start, s.end):
                lab_in[i] = s.lang
        for s in naskh.segment(out):
            if s.lang == "neutral":
                continue
            tot_words += 1
            # input label at the first input char this output word maps to
            a = offs[s.start][0]
            mapped = lab_in[a] if a < len(lab_in) else None
            if mapped != s.lang:
                moved += 1
                by[(mapped, s.lang)] += 1
print(f"lines {lines}, changed by normalize {changed_lines}; words in changed lines {tot_words}; label differs {moved} ({moved/max(1,tot_words):.3%})")
print(by.most_common(10))
