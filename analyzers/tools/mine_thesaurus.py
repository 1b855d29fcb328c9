# Candidates for thesaurus.txt from the LibreOffice Swedish thesaurus (Debian mythes-sv,
# th_sv_SE_v2.dat: Viggo Kann's Folkets synonymlexikon): one-word pairs whose synonym occurs in
# the corpus, so a query word the records never use leads to one they do. The candidates are then
# read and cut by hand (see thesaurus.txt's header).
# Run: python3 mine_thesaurus.py /usr/share/mythes/th_sv_SE_v2.dat ../../corpus/documents > candidates.tsv
import re, sys, glob, collections
dat, corpus = sys.argv[1], sys.argv[2]
SUFFIXES = ('', 'en', 'et', 'er', 'ar', 'or', 'na', 'n', 't', 'a', 's', 'ens', 'ets', 'erna', 'arna', 'e')
lines = [l for f in sorted(glob.glob(corpus + '/*.txt')) for l in open(f, encoding='utf-8')]
# records are roughly paragraphs; a word's spread is counted per 20-line window
windows = collections.Counter()
for i in range(0, len(lines), 20):
    for w in set(re.findall(r'[a-zåäöé]+', ' '.join(lines[i:i + 20]).lower())):
        windows[w] += 1
def spread(word):
    return max(windows.get(word + s, 0) for s in SUFFIXES)
entries = collections.defaultdict(set)
text = open(dat, encoding='iso-8859-1').read().split('\n')[1:]
i = 0
while i < len(text):
    if '|' not in text[i]:
        i += 1; continue
    head, n = text[i].split('|'); n = int(n)
    for line in text[i + 1:i + 1 + n]:
        for syn in line.split('|')[1:]:
            if ' ' not in syn and ' ' not in head and syn.lower() != head.lower():
                entries[head.lower()].add(syn.lower())
    i += 1 + n
for head in sorted(entries):
    for syn in sorted(entries[head]):
        s = spread(syn)
        if s >= 3 and len(syn) > 3 and len(head) > 3:
            mutual = head in entries.get(syn, ())
            print('%s\t%s\t%d\t%d\t%s' % (head, syn, spread(head), s, 'mutual' if mutual else ''))
