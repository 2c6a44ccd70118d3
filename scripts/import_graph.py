#!/usr/bin/env python3
"""The import graph between src/ folders (a top-level file is a room of its own):
rooms, arrows and the pairs that import each other, from each file's `crate::`
imports, comments and `mod tests` left out. usage: python3 scripts/import_graph.py [src]"""
import os,re,sys,collections
root=sys.argv[1] if len(sys.argv)>1 else 'src'
def room(rel):
    parts=rel.split('/')
    if len(parts)==1: return parts[0][:-3]
    return parts[0]
rooms=set(); edges=collections.Counter(); pairs=set()
for dp,dn,fn in os.walk(root):
    for f in fn:
        if not f.endswith('.rs'): continue
        p=os.path.join(dp,f); rel=os.path.relpath(p,root); r=room(rel); rooms.add(r)
        s=open(p).read()
        s=re.sub(r'(?s)#\[cfg\(test\)\]\s*mod tests\s*\{.*','',s)
        s="\n".join(l for l in s.split("\n") if not l.lstrip().startswith("//"))
        for m in re.finditer(r'crate::([a-z_]+)',s):
            t=m.group(1)
            if t!=r and os.path.exists(os.path.join(root,t)) or os.path.exists(os.path.join(root,t+'.rs')):
                if t!=r: pairs.add((r,t))
rooms.discard('main'); rooms.discard('lib')
pairs={(a,b) for a,b in pairs if a in rooms and b in rooms}
cyc=sorted({tuple(sorted((a,b))) for a,b in pairs if (b,a) in pairs})
print(len(rooms),'rooms',len(pairs),'arrows; two-way:',cyc)
