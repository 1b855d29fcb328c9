# Pools and grades the judged query set: see ../README.md. Run: python3 judge.py
from records import *
import re, os
OUT=os.path.join(os.path.dirname(os.path.abspath(__file__)), '../')
# id, kind, query, [AND-groups of regex alternations over folded text]
Q=[
('q01','compound','vätgas',['vatgas|hydrogen']),
('q02','compound','batteri',['batteri']),
('q03','compound','kulturarv',['kulturarv']),
('q04','compound','skog',[r'\bskog']),
('q05','compound','export',['export']),
('q06','compound','inkubator',['inkubator']),
('q07','compound','bredband',['bredband']),
('q08','compound','elektrifiering',['elektrifier']),
('q09','compound','livsmedel',['livsmedel']),
('q10','compound','laddning',[r'laddinfra|laddstation|laddpunkt|laddplats|laddning|laddstolp|\bladd-']),
('q11','inflection','arbetsmarknadens behov',['arbetsmarknadens (?:\\w+ )?behov|arbetsmarknadsbehov|behov(?:en)? pa arbetsmarknaden|arbetsmarknadens kompetensbehov']),
('q12','inflection','regionens kollektivtrafik',['kollektivtrafik']),
('q13','inflection','hållbara godstransporter',['hallbar','godstransport|gods']),
('q14','inflection','företagens digitalisering',['digitaliser\\w* (?:i|av|hos|inom) (?:\\w+ )?(?:sma )?(?:foretag|smf|sme)|foretagens digital|digital omstallning (?:i|av|hos) (?:smf|foretag)|digitaliseringscheck|digitaliseringsstod|digitaliseringslyft']),
('q15','inflection','landsbygdens service',['landsbygd','kommersiell service|serviceprogram|servicepunkt|service']),
('q16','inflection','cirkulära affärsmodeller',['cirkular','affarsmodell']),
('q17','inflection','energieffektiviseringen i företagen',['energieffektiv']),
('q18','inflection','klustren',[r'kluster|klustr']),
('q19','inflection','inkubatorernas företag',['inkubator']),
('q20','synonym','UVAS',[r'\buvas\b|varken arbetar eller studerar|varken studerar eller arbetar']),
('q21','synonym','KKN',[r'\bkkn\b|kulturella och kreativa|kreativa naring']),
('q22','synonym','SFI',[r'\bsfi\b|svenska for invandrare']),
('q23','synonym','ÖMS validering',[r'\boms\b|ostra mellansverige','validering']),
('q24','synonym','JTF',[r'\bjtf\b|\bfro\b|rattvis omstallning|rattvisa omstallning']),
('q25','synonym','VGR',[r'\bvgr\b|vastra gotalandsregionen']),
('q26','synonym','IUC',[r'\biuc\b|industriellt utvecklingscent']),
('q27','synonym','RSS',[r'\brss\b|samverkans- och stodstruktur|samverkans och stodstruktur']),
('q28','synonym','turism hållbar',['turism|besoksnaring','hallbar']),
('q29','synonym','AI',[r'\bai\b|artificiell intelligens|\bal (?:halsa|impact|l.sningar)|aiall|ai\.all']),
('q30','synonym','ESF',[r'\besf|europeiska socialfonden|socialfonden']),
('q31','synonym','RSP',[r'\brsp\b|regionalt serviceprogram|regionala serviceprogram']),
('q32','no-diacritics','vatgas',['vatgas|hydrogen']),
('q33','no-diacritics','kompetensforsorjning unga',['kompetensforsorj','\\bunga\\b']),
('q34','no-diacritics','besoksnaring',['besoksnaring']),
('q35','no-diacritics','fornybar energi',['fornybar']),
('q36','no-diacritics','foretagsframjande system',['foretagsframj']),
('q37','no-diacritics','fossilfria transporter',['fossilfri','transport']),
('q38','no-diacritics','jamstalld upphandling',['jamstalld|jamstalldhet','upphandl']),
('q39','no-diacritics','smabolag exportframjande',['export','foretag']),
('q40','ocr-only','Tolv röster om samverkan',['tolv r.ster|cross']),
('q41','ocr-only','familjecentraler',['familjecentral']),
('q42','ocr-only','budget RUS-genomförande 2024-2025',['budget|kostnader|2 544 984|finansier','rus-genomf.rande 2024|2024-2025']),
('q43','ocr-only','En bättre sits Mälardalsrådet',['b.ttre sits|m.lardalsr.d']),
('q44','ocr-only','Tyréns Archus arkitekter konstnärer',['tyr.ns|archus|arkitekt']),
('q45','ocr-only','Interreg Central Baltic övervakningskommitté',['central baltic|overvakningskommitt']),
('q46','ocr-only','kartläggning kulturella mötesplatser',['kulturella m.tesplats']),
('q47','ocr-only','växthus för klimatledande upphandling',['klimatledande|v.xthus']),
('q48','named-initiative','Smart Move',['smart move']),
('q49','named-initiative','Railcenter Hallsberg',['railcenter']),
('q50','named-initiative','ReDriv',['redriv']),
('q51','named-initiative','Fordonsdalen',['fordonsdalen']),
('q52','named-initiative','Bazaren',['bazaren']),
('q53','named-initiative','North Sweden Green Deal',['green deal']),
('q54','named-initiative','Swedish Scaleups',['scaleup']),
('q55','named-initiative','#Vägled kompetens',['vagled kompetens|#vagled']),
('q56','named-initiative','Öppna Mellansverige',['oppna mellansverige']),
('q57','named-initiative','Elsmarta ÖMS effektanvändande',['elsmart|elkapacitet|effektanvand']),
('q58','named-initiative','Film Västernorrland',[r'film vasternorrland|filmpool|\bfilm']),
('q59','named-initiative','Yrkeshögskolesamverkan i Örebro län',['yrkeshogskolesamverkan|yrkesh.gskolesamverkan']),
('q60','natural-question','vilka regioner satsar på vätgas och laddinfrastruktur för tunga transporter',[r'vatgas|hydrogen|laddinfra|laddstation|laddpunkt|tankstation']),
('q61','natural-question','hur stödjer regionerna kompetensförsörjningen inom vård och omsorg',['kompetensforsorj|kompetensutveckl|utbildning','vard och omsorg|halso- och sjukvard|sjukvard|nara vard|omsorg']),
('q62','natural-question','insatser för unga som varken arbetar eller studerar',[r'\buvas\b|varken arbetar|varken studerar|unga utanfor|unga som star langt|neet']),
('q63','natural-question','exempel på insatser för kommersiell service på landsbygden',['kommersiell service|serviceprogram|servicepunkt|dagligvaru|drivmedel','landsbygd|gles']),
('q64','natural-question','hur arbetar regionerna med jämställdhet i företagsstödet',['jamstalld','foretagsstod|stod till foretag|foretagsstodet|fordelning av foretagsstod']),
('q65','natural-question','vilka projekt har finansierats av regionalfonden för smart specialisering',['regionalfond|eruf','smart speciali|\\bs3\\b']),
('q66','concept','glesbygd',[r'landsbygd|glesbefolk']),
('q67','concept','elbilar',[r'laddinfra|laddstation|laddpunkt|laddstolp|elfordon|elbil|elektrifiering av (?:transport|fordon)']),
('q68','concept','ungdomsarbetslöshet',[r'\buvas\b|varken arbetar eller studerar|varken studerar eller arbetar|unga som star langt']),
('q69','concept','utlandsfödda',[r'utrikes fodda|utrikesfodda|nyanland']),
('q70','concept','matproduktion',[r'livsmedel']),
('q71','concept','fjärrarbete',[r'distansarbet|arbetsplatshubb|kontorshubb|coworking']),
('q72','concept','turister',[r'besoksnaring|turism']),
('q73','concept','avkarbonisering',[r'fossilfri|klimatneutral|vaxthusgas|koldioxidutslapp|minska(?:de|t)? (?:\w+ )?utslapp']),
('q74','concept','återbruk',[r'cirkular|ateranvand|atervinn|aterbruk']),
('q75','concept','strömbrist',[r'effektbrist|elkapacitet|kapacitetsbrist|elforsorjning|elnat']),
('q76','concept','utrikeshandel',[r'export|internationaliser']),
('q77','concept','uppstartsbolag',[r'nyforetag|startup|start-up|inkubator']),
('q78','concept','jämlikhet mellan könen',[r'jamstalld']),
('q79','concept','snabbt internet',[r'bredband|fiber|mobiltackning']),
('q80','concept','spårtrafik',[r'jarnvag|pendeltag|tagtrafik|tagforbindelse|regiontag|tagstrak|\btaget\b|\btagen\b']),
('q81','concept','offentliga inköp',[r'upphandl']),
('q82','concept','lantbruk',[r'jordbruk|areella naring|grona naring|lantbruk']),
('q83','concept','ideella föreningar',[r'civilsamhall|ideell|foreningsliv']),
]
OCR=('orebro-2022','orebro-rus-2023','vastmanland-2024')
def judge(groups, ocr_only=False):
    out={}
    for k in recs:
        if ocr_only and not k.startswith(OCR): continue
        if not all(re.search(g,FT[k]) for g in groups): continue
        total=sum(len(re.findall(g,FT[k])) for g in groups)
        named=all(re.search(g,FN[k]) for g in groups[:1])
        out[k]=2 if named or total>=3+len(groups) else 1
    return out
qs=open(OUT+'queries.tsv','w'); qr=open(OUT+'qrels.txt','w')
qs.write('# id\tkind\tquery\n')
stats={}
for qid,kind,text,groups in Q:
    j=judge(groups, kind=='ocr-only')
    if j and 2 not in j.values():  # the record that says most about it is directly about it
        j[max(j, key=lambda k: sum(len(re.findall(g,FT[k])) for g in groups))]=2
    ranked=sorted(j.items(), key=lambda kv:(-kv[1], kv[0]))
    qs.write('%s\t%s\t%s\n'%(qid,kind,text))
    for k,g in ranked: qr.write('%s 0 %s %d\n'%(qid,k,g))
    n2=sum(1 for _,g in ranked if g==2); print('%s %-16s %-45s rel=%3d (2:%3d) 003:%3d ocr:%2d'%(qid,kind,text[:45],len(ranked),n2,sum(1 for k,_ in ranked if k.startswith('tab')),sum(1 for k,_ in ranked if k.startswith(OCR))))
    stats.setdefault(kind,[]).append(len(ranked))
for k,v in stats.items(): print(k,len(v),'queries, relevant/query min %d median %d max %d'%(min(v),sorted(v)[len(v)//2],max(v)))
