#!/usr/bin/env python3
"""The longest functions under a folder, in lines from `fn` to its closing brace
(tests left out). usage: python3 scripts/long_functions.py src [N]"""
import os,re,sys
root=sys.argv[1]; out=[]
for dp,dn,fn in os.walk(root):
    for f in fn:
        if not f.endswith('.rs'): continue
        p=os.path.join(dp,f); lines=open(p).read().split('\n')
        intest=False
        for i,l in enumerate(lines):
            if re.match(r'\s*#\[cfg\(test\)\]',l): intest=True
            m=re.match(r'^(\s*)(pub(\([a-z]+\))? )?(const )?(unsafe )?fn ([a-z_0-9]+)',l)
            if not m or intest: continue
            ind=m.group(1)
            for j in range(i,len(lines)):
                if lines[j]==ind+'}' : out.append((j-i+1,p,m.group(6))); break
                if j==i and l.rstrip().endswith(';'): break
out.sort(reverse=True)
for n,p,name in out[:int(sys.argv[2]) if len(sys.argv)>2 else 8]: print(n,p,name)
