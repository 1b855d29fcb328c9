# Proposes grades for the similar-records pool (SimilarEvaluation --pool output) from a topic
# pattern per seed; the proposals were then read and corrected by hand (overrides below).
# Usage: python3 similar_judge.py pool1.txt,pool2.txt records.jsonl > ../similar-qrels.txt
# (pool2: the new ranking's candidates, judged the same way once it existed)
import json, re, sys
def fold(s):
    s = s.lower()
    for a, b in (('å', 'a'), ('ä', 'a'), ('ö', 'o'), ('é', 'e'), ('ü', 'u')):
        s = s.replace(a, b)
    return s
# seed -> (folded pattern of the seed's specific topic, pattern of its broader area or None)
TOPICS = {
 's01': (r'vatgas|hydrogen|\bh2\b', r'fossilfri|drivmedel|laddinfra|energigas|fornybar'),
 's02': (r'vatgas|hydrogen|\bh2\b', r'fossilfri|drivmedel|laddinfra|energigas|fornybar'),
 's03': (r'ladd(infra|stat|ning|punkt|a )|elbil|laddinfrastruktur', r'fossilfri|drivmedel|vatgas|elektrifier'),
 's04': (r'ladd(infra|stat|ning|punkt)|elbil|energigas|biogas|vatgas', r'fossilfri|drivmedel|elektrifier'),
 's05': (r'bredband|fiber|mobiltackning|digital infrastruktur', r'digitali|uppkoppl'),
 's06': (r'bredband|fiber|digital infrastruktur', r'mobiltackning|uppkoppl'),
 's07': (r'validering', r'kompetensforsorj|vuxenutbild|komvux|yrkesvux'),
 's08': (r'validering', r'kompetensforsorj|vuxenutbild|komvux|yrkesvux'),
 's09': (r'besoksnaring|turism|destination', r'upplevelse|besoksmal|kultur'),
 's10': (r'besoksnaring|turism|destination', r'upplevelse|besoksmal'),
 's11': (r'inflytt|talangattrakt|attrahera|relocat|bo och arbeta|live in|flytta till', r'attraktiv|kompetensforsorj|medflyttande'),
 's12': (r'talangattrakt|inflytt|attrahera kompetens|relocat|international house', r'attraktiv|kompetensforsorj|kompetensbehov'),
 's13': (r'export|internationaliser', r'investering|etablering|internationell'),
 's14': (r'export|internationaliser', r'investering|etablering|internationell'),
 's15': (r'smart specialiser|s3\b|specialiseringsomr', r'innovationsstrategi|innovationssystem|innovation'),
 's16': (r'smart specialiser|s3\b|innovationsstrategi|specialiseringsomr', r'innovationssystem|innovation|forskning'),
 's17': (r'cirkular|circular|ateranvand|aterbruk|resurseffektiv|kretslopp', r'klimat|hallbar omstallning|grona omstallning'),
 's18': (r'cirkular|circular|ateranvand|aterbruk|resurseffektiv|industriell symbios|resurssamverkan', r'klimat|hallbar omstallning'),
 's19': (r'livsmedel|matstrategi|\bmat\b|food|lokalproducera', r'jordbruk|landsbygd|areell'),
 's20': (r'livsmedel|matstrategi|\bmat\b|food|lokalproducera', r'jordbruk|areell'),
 's21': (r'kulturella och kreativa|kreativa naring|kkn\b|kkb\b|kreativa bransch|film|spel|design', r'kultur'),
 's22': (r'kulturplan|kultursamverkan|kulturverksamhet|kulturarv|scenkonst|kulturliv', r'kultur'),
 's23': (r'kommersiell service|serviceprogram|rsp\b|dagligvaru|servicepunkt|servicehubb|service-?z', r'landsbygd|service'),
 's24': (r'kommersiell service|serviceprogram|rsp\b|dagligvaru|servicepunkt|servicehubb|service-?z', r'landsbygd|service'),
 's25': (r'kollektivtrafik|trafikforsorjning|busstrafik|\bbuss|tagtrafik|regionbuss|trafikforsorjningsprogram', r'transport|resande|mobilitet'),
 's26': (r'cykel|cykla', r'gang|hallbar mobilitet|hallbara transporter|resande'),
 's27': (r'cykel|cykla', r'gang|hallbar mobilitet|hallbara transporter|resande'),
 's28': (r'jamstalld|jamstallt|kvinnor och man|gender|kvinnors foretag|jamt', r'mangfald|inkludering|jamlik'),
 's29': (r'kvinnors foretag|kvinnliga foretag|kvinnor som driver|foretagande kvinnor|kvinnor.{0,30}(foretag|entrepren|ledare)', r'jamstalld|entreprenor|foretagande'),
 's30': (r'varken arbetar eller studerar|uvas|unga utanfor|unga som|ungdomar', r'arbetsloshet|arbetsmarknad|skolresultat'),
 's31': (r'\bsfi\b|svenska for invandrare|sprak|kombinationsutbildning|nyanland|utrikes fodda', r'integration|etablering'),
 's32': (r'nyanland|integration|utrikes fodda|flykting|mottagande|etablering av nyanl', r'sfi|sprak'),
 's33': (r'\bai\b|artificiell intelligens|ai sweden|maskininlarning', r'digitali|data'),
 's34': (r'\bai\b|artificiell intelligens|ai sweden|maskininlarning', r'digitali|data'),
 's35': (r'elforsorjning|effekt(brist|fragor|prognos|anvandande)|elkapacitet|elnat|kapacitetsbrist|elkraft|elsmart|energiforsorjning', r'energi|elektrifier'),
 's36': (r'elforsorjning|effekt(brist|fragor|prognos|anvandande)|elkapacitet|elnat|kapacitetsbrist|elkraft|elsmart|energiforsorjning', r'energi|elektrifier'),
 's37': (r'dimensioner|gymnasie|gymnasial|skolverk', r'kompetensforsorj|utbildning'),
 's38': (r'kompetensplattform|plattform for kompetensforsorjning|kompetensforsorjning', r'kompetens'),
 's39': (r'biogas|biobransle|biodrivmedel|gronna energigaser|rotning', r'fornybar|energigas|drivmedel'),
 's40': (r'\bskog|tra(bygg|strategi|industri)|skoglig|skogsnaring|\btra\b|travaru', r'bioekonomi|biobaserad'),
 's41': (r'inkubator|startup|start-up|nystartade|accelerator|scaleup|entreprenor', r'innovation|foretagsstod'),
 's42': (r'transportplan|lanstransportplan|infrastrukturplan|nationell plan|vag- och jarnvag|transportinfrastruktur', r'infrastruktur|jarnvag|transport'),
 's43': (r'klimatanpassning|erosion|havsnivahojning|kust|oversvamning|klimatforandring', r'klimat|vatten'),
 's44': (r'batteri|battery|elektrifier', r'fordon|industri|kompetensforsorj'),
}
# Corrections made by reading the proposals: (seed, record) -> grade.
OVERRIDES = {
    ('s02', 'tabellbilaga-2023-356'): 1,
    ('s15', 'tabellbilaga-2023-666'): 1,
    ('s15', 'tabellbilaga-2023-496'): 1,
    ('s15', 'tabellbilaga-2023-508'): 1,
    ('s15', 'tabellbilaga-2023-502'): 1,
    ('s15', 'tabellbilaga-2023-402'): 1,
    ('s15', 'tabellbilaga-2023-708'): 1,
    ('s16', 'tabellbilaga-2023-708'): 1,
    ('s16', 'tabellbilaga-2023-502'): 1,
    ('s16', 'tabellbilaga-2023-402'): 1,
    ('s16', 'tabellbilaga-2023-496'): 1,
    ('s16', 'tabellbilaga-2023-508'): 1,
    ('s17', 'tabellbilaga-2023-385'): 1,
    ('s17', 'tabellbilaga-2023-930'): 1,
    ('s17', 'tabellbilaga-2023-935'): 1,
    ('s17', 'tabellbilaga-2023-938'): 1,
    ('s17', 'tabellbilaga-2023-951'): 1,
    ('s18', 'tabellbilaga-2023-951'): 1,
    ('s18', 'tabellbilaga-2023-100'): 1,
    ('s18', 'tabellbilaga-2023-29'): 0,
    ('s18', 'tabellbilaga-2023-847'): 0,
    ('s18', 'tabellbilaga-2023-935'): 1,
    ('s18', 'tabellbilaga-2023-938'): 1,
    ('s19', 'tabellbilaga-2023-29'): 0,
    ('s20', 'tabellbilaga-2023-29'): 0,
    ('s20', 'tabellbilaga-2023-935'): 0,
    ('s20', 'tabellbilaga-2023-213'): 1,
    ('s20', 'tabellbilaga-2023-485'): 0,
    ('s10', 'tabellbilaga-2023-213'): 1,
    ('s09', 'tabellbilaga-2023-109'): 1,
    ('s10', 'tabellbilaga-2023-109'): 1,
    ('s21', 'tabellbilaga-2023-462'): 1,
    ('s21', 'tabellbilaga-2023-134'): 2,
    ('s22', 'tabellbilaga-2023-112'): 1,
    ('s22', 'tabellbilaga-2023-111'): 1,
    ('s22', 'tabellbilaga-2023-139'): 1,
    ('s22', 'tabellbilaga-2023-470'): 1,
    ('s25', 'tabellbilaga-2023-609'): 1,
    ('s25', 'tabellbilaga-2023-613'): 1,
    ('s25', 'tabellbilaga-2023-262'): 1,
    ('s26', 'tabellbilaga-2023-597'): 1,
    ('s26', 'tabellbilaga-2023-880'): 1,
    ('s26', 'tabellbilaga-2023-581'): 1,
    ('s27', 'tabellbilaga-2023-597'): 1,
    ('s27', 'tabellbilaga-2023-880'): 1,
    ('s27', 'tabellbilaga-2023-581'): 1,
    ('s28', 'tabellbilaga-2023-508'): 1,
    ('s28', 'tabellbilaga-2023-382'): 1,
    ('s28', 'tabellbilaga-2023-249'): 1,
    ('s29', 'tabellbilaga-2023-737'): 1,
    ('s32', 'tabellbilaga-2023-755'): 0,
    ('s33', 'tabellbilaga-2023-516'): 1,
    ('s33', 'tabellbilaga-2023-446'): 1,
    ('s33', 'tabellbilaga-2023-632'): 1,
    ('s34', 'tabellbilaga-2023-516'): 1,
    ('s34', 'tabellbilaga-2023-632'): 1,
    ('s35', 'tabellbilaga-2023-53'): 1,
    ('s37', 'tabellbilaga-2023-326'): 1,
    ('s37', 'tabellbilaga-2023-245'): 1,
    ('s37', 'tabellbilaga-2023-172'): 1,
    ('s37', 'tabellbilaga-2023-204'): 1,
    ('s38', 'tabellbilaga-2023-178'): 1,
    ('s38', 'tabellbilaga-2023-213'): 1,
    ('s39', 'orebro-2022-1841'): 1,
    ('s43', 'tabellbilaga-2023-131'): 0,
    ('s43', 'tabellbilaga-2023-134'): 0,
    ('s43', 'tabellbilaga-2023-938'): 0,
    ('s43', 'tabellbilaga-2023-940'): 0,
    ('s43', 'tabellbilaga-2023-583'): 0,
    ('s43', 'tabellbilaga-2023-119'): 0,
    ('s43', 'tabellbilaga-2023-632'): 0,
    ('s12', 'tabellbilaga-2023-926'): 0,
    ('s12', 'tabellbilaga-2023-353'): 0,
    ('s13', 'tabellbilaga-2023-476'): 1,
    ('s14', 'tabellbilaga-2023-476'): 1,
    ('s03', 'tabellbilaga-2023-967'): 1,
    ('s04', 'tabellbilaga-2023-967'): 1,
    ('s03', 'tabellbilaga-2023-831'): 2,
    ('s04', 'orebro-2022-1841'): 1,
    ('s07', 'tabellbilaga-2023-287'): 1,
    ('s11', 'tabellbilaga-2023-905'): 0,
    ('s12', 'tabellbilaga-2023-38'): 2,
    ('s12', 'tabellbilaga-2023-177'): 2,
    ('s15', 'orebro-2022-1160'): 1,
    ('s16', 'tabellbilaga-2023-665'): 1,
    ('s16', 'orebro-2022-1160'): 1,
    ('s17', 'tabellbilaga-2023-376'): 1,
    ('s17', 'tabellbilaga-2023-29'): 0,
    ('s21', 'tabellbilaga-2023-75'): 1,
    ('s21', 'tabellbilaga-2023-782'): 0,
    ('s25', 'tabellbilaga-2023-605'): 1,
    ('s25', 'tabellbilaga-2023-625'): 1,
    ('s28', 'tabellbilaga-2023-142'): 1,
    ('s28', 'tabellbilaga-2023-662'): 1,
    ('s28', 'tabellbilaga-2023-766'): 0,
    ('s30', 'tabellbilaga-2023-781'): 1,
    ('s32', 'tabellbilaga-2023-300'): 1,
    ('s34', 'tabellbilaga-2023-446'): 1,
    ('s36', 'tabellbilaga-2023-53'): 1,
    ('s40', 'tabellbilaga-2023-724'): 1,
    ('s40', 'tabellbilaga-2023-213'): 1,
    ('s40', 'tabellbilaga-2023-385'): 1,
    ('s40', 'tabellbilaga-2023-377'): 0,
    ('s41', 'tabellbilaga-2023-725'): 1,
    ('s41', 'tabellbilaga-2023-894'): 1,
    ('s43', 'tabellbilaga-2023-842'): 0,
    ('s03', 'tabellbilaga-2023-957'): 0,
}
recs = {}
for line in open(sys.argv[2]):
    r = json.loads(line)
    recs[r['id']] = r
pools = {}
seed = None
lines = [l for f in sys.argv[1].split(',') for l in open(f)]
for line in lines:
    m = re.match(r'=== (s\d+) ', line)
    if m:
        seed = m.group(1); pools.setdefault(seed, [])
    elif line.startswith('  ') and seed and not line.startswith('    '):
        if line.split()[0] not in pools[seed]:
            pools[seed].append(line.split()[0])
def grade(seed, rid):
    if (seed, rid) in OVERRIDES:
        return OVERRIDES[(seed, rid)]
    r = recs[rid]
    specific, broad = TOPICS[seed]
    title, text = fold(r['title']), fold(r['text'])
    n = len(re.findall(specific, text))
    initiative = r['docType'] == 'initiative'
    if re.search(specific, title) or (initiative and n >= 2):
        return 2 if initiative else 1
    if n >= 1 or (broad and re.search(broad, title)):
        return 1
    return 0
show = len(sys.argv) > 3
print('# similar-qrels: seed 0 record grade (2 same topic, comparable; 1 related; 0 not). tools/similar_judge.py')
for seed, ids in pools.items():
    for rid in ids:
        g = grade(seed, rid)
        if show:
            print('%s %d %-26s %s' % (seed, g, rid, recs[rid]['title'][:70].replace('\n', ' ')))
        else:
            print('%s 0 %s %d' % (seed, rid, g))
