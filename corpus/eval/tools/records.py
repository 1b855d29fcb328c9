# Splits the corpus into records with the record ids of corpus/eval/README.md (003 certain; 000/001/002/004 by heading lines, to be reconciled with the readers).
import re, sys, glob, html
import os
D=os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../documents/')
def fold(s):
    s=s.lower()
    for a,b in (('å','a'),('ä','a'),('ö','o'),('é','e'),('ü','u')): s=s.replace(a,b)
    return s
def repair001(s):
    for a,b in (('ÖÄ ','Ö'),('ÖÄ','Ö'),('AÄ ','Ä'),('AÄ','Ä'),('AÅ ','Å'),('AÅ','Å'),('oä ','ö'),('oä','ö'),('aä ','ä'),('aä','ä'),('aå ','å'),('aå','å'),('eé ','é'),('eé','é')): s=s.replace(a,b)
    return s
def lines(n): return open(glob.glob(D+n+'_*.txt')[0]).read().split('\n')
recs={}  # id -> [title, text]
L=lines('003')
cur=None
for i,l in enumerate(L,1):
    if i<28 or i>1402: continue
    if i in (28,171,331,530,660,745,815): cur=None; continue
    if 1006<=i<=1166: recs['tabellbilaga-2023-1004'][1]+=' '+l; continue
    if '\t' not in l:
        continue
    cells=l.split('\t')
    if all(re.fullmatch(r'[-: ]*',c) for c in cells): continue
    if cells[0].strip()=='' and cur: recs[cur][1]+=' '+l; continue
    cur='tabellbilaga-2023-%d'%i
    name=re.sub('<[^>]+>',' ',html.unescape(cells[1] if len(cells)>1 else ''))
    recs[cur]=[re.sub('<[^>]+>','',cells[0]).strip()[:18]+' | '+re.sub(r'\s+',' ',name).strip()[:90], l, name]
def heads(n, starts, doc, transform=lambda s:s):
    T=[transform(x) for x in lines(n)]
    starts=sorted(starts)
    for k,s in enumerate(starts):
        e=starts[k+1]-1 if k+1<len(starts) else len(T)
        recs['%s-%d'%(doc,s)]=[doc+' '+T[s-1][:90], ' '.join(T[s-1:e]), T[s-1]]
heads('000',[1,8,37,49,67,132,156,172,218,297,403,426,453,477,560,651,748,825,846,865,912,1007,1102,1160,1294,1346,1359,1374,1428,1469,1523,1563,1616,1653,1706,1841,1902,1978,2070,2109,2127,2141,2161,2209,2250,2264,2302,2323,2367,2380,2418,2427,2447,2458,2474,2480,2496,2502,2514,2522,2666],'orebro-2022')
heads('002',[1,3,16,22,106,128,135,141,189,192,211,215,222,232,248,257],'orebro-rus-2023')
heads('004',[3,107,119,131,144,163,187,225,255,288,298,386,409,466,511,534,584,629,717,743,783,809,834,945,964,977,1019,1033],'vastmanland-2024')
T1=[repair001(x) for x in lines('001')]
st=[i for i,l in enumerate(T1,1) if re.match(r'^[1-6]\.[1-7] ',l)]
heads('001',st,'orebro-2024',repair001)
FT={k:fold(v[1]) for k,v in recs.items()}
FN={k:fold(v[2]) for k,v in recs.items()}
def pool(pats, show=True, only=None):
    res=[]
    for k in recs:
        if only and not any(k.startswith(o) for o in only): continue
        c=sum(len(re.findall(p,FT[k])) for p in pats)
        if c: res.append((k,c,sum(len(re.findall(p,FN[k])) for p in pats)))
    res.sort(key=lambda x:(-x[2],-x[1]))
    if show:
        for k,c,n in res: print('%-28s %3d %2d  %s'%(k,c,n,recs[k][0][:110]))
    return res
if __name__=='__main__':
    print(len(recs), sum(1 for k in recs if k.startswith('tab')))
    pool(sys.argv[1:])
