#!/usr/bin/env python3
# Writes assay.jsonl: a hand-made stand-in for `assay extract -f jsonl sample.txt`,
# with line, column and byte computed from sample.txt, and some mistakes on
# purpose (wrong value, wrong byte, text not at its column, duplicate, a file
# not among the inputs, a line that is not JSON). Run from anywhere.
import os
import json
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../..'))
f='bench/chrono/test/sample.txt'
raw=open(os.path.join(ROOT, f),'rb').read()
lines=raw.split(b'\n')
starts=[];o=0
for l in lines: starts.append(o); o+=len(l)+1
def m(line,text,norm,prec,inferred,nth=0,kind='date',col_delta=0,byte_delta=0,fname=f):
    L=lines[line-1].rstrip(b'\r').decode()
    i=-1
    for _ in range(nth+1): i=L.index(text,i+1)
    col=i+1+col_delta
    b=starts[line-1]+len(L[:i].encode())+byte_delta
    return dict(file=fname,line=line,column=col,byte=b,kind=kind,text=text,normalized=norm,precision=prec,inferred=inferred)
a1=[m(5,'1 May 1867','1867-05-01','day',False),  # infobox line: not prose
    m(7,'October 12, 1867','1867-10-12','day',False),
    m(8,'16 October','1867-10-16','day',True),
    m(10,'1865','1865','year',False),
    m(10,'28 February–8 November 1865','1865-02-28/1865-11-08','day',False),
    m(12,'1 May 1866','1866-05-01','day',False),     # See also: not prose
    m(14,'Two days later','1865-11-10','day',True),
    m(14,'May 2, 1866','1866-05-03','day',False,byte_delta=1),   # wrong value, wrong byte
    m(14,'May 2, 1866','1866-05-03','day',False,byte_delta=1),   # duplicate
    m(14,'Two','2','',False,kind='quantity'),                    # not a date: ignored
   ]
a2=[m(17,'3 June','1900-06-03','day',True),          # split: chrono has one span over both
    m(17,'June 1900','1900-06','month',False),
    m(17,'May 5, 1901','1901-05-05','day',False),   # after astral characters
    m(17,'here','1900','year',False,col_delta=1),   # text not at its column
    dict(file='bench/chrono/test/elsewhere.txt',line=3,column=1,byte=10,kind='date',text='1999',normalized='1999',precision='year',inferred=False),
   ]
a3=[m(23,'5 January','1945-01-05','day',True), m(26,'3 March 1950','1950-03-03','day',False), m(28,'9 May 1950','1950-05-09','day',False)]
with open(os.path.join(ROOT, 'bench/chrono/test/assay.jsonl'),'w') as out:
    out.write(json.dumps(dict(type='article',article_id='Siege_of_Testville_1867',file=f,line=1,mentions=a1),ensure_ascii=False)+'\n')
    out.write('not json\n')
    out.write(json.dumps(dict(type='article',article_id='Second_article',file=f,line=15,mentions=a2),ensure_ascii=False)+'\n')
    out.write(json.dumps(dict(type='article',article_id='Third_article',file=f,line=18,mentions=a3),ensure_ascii=False)+'\n')
    out.write(json.dumps(dict(type='conflict',file=f))+'\n')
