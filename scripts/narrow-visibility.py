#!/usr/bin/env python3
"""Narrows every `pub` item of crates/borgerbro/src to `pub(crate)`, then widens back
exactly what other crates (the tests, the benches, the binary) use, as the compiler
names it, until `cargo check --all-targets` finds no privacy error; what is left unused
then shows as dead code (issue "One shape for every module", visibility).

Usage, from the repository root, on a clean tree: `python3 scripts/narrow-visibility.py .`
(a dozen or more rounds of `cargo check`). Then `cargo clippy --all-targets -- -D
warnings` lists what nothing uses: remove it, or widen what only `fuzz/` uses (the fuzz
crate is outside the workspace, so `cargo check` there, in `fuzz/`, names what it needs;
widen those items by hand, since a name such as `check` is shared by many).
`lib.rs`, `main.rs` and `fuzzing.rs` (the fuzz crate's door, outside the workspace) are
left as they are; a glob re-export stays `pub`, as its items' own visibility caps it."""
import json, re, subprocess, sys, os
ROOT = sys.argv[1]
SRC = os.path.join(ROOT, 'crates/borgerbro/src')
ITEM = re.compile(r'^(\s*)pub (?=(async |const |unsafe |fn |struct |enum |type |trait |mod |use |static |extern ))')

def narrow():
    for dirpath, _, files in os.walk(SRC):
        for f in files:
            if not f.endswith('.rs'): continue
            p = os.path.join(dirpath, f)
            if p.endswith(('/src/lib.rs', '/src/main.rs', '/src/fuzzing.rs')): continue
            lines = open(p).read().split('\n')
            # A glob re-export is capped by its items' own visibility: it stays `pub`.
            out = [l if re.match(r'\s*pub use .*\*;', l) else ITEM.sub(r'\1pub(crate) ', l) for l in lines]
            open(p, 'w').write('\n'.join(out))

def widen(path, line):
    p = path if os.path.isabs(path) else os.path.join(ROOT, path)
    if '/crates/borgerbro/src/' not in p: return False
    lines = open(p).read().split('\n')
    # The name of a re-export may sit lines below its `pub(crate) use {`.
    for at in range(line - 1, max(line - 8, -1), -1):
        l = lines[at]
        if 'pub(crate) ' in l:
            break
        if at != line - 1 and (l.rstrip().endswith(';') or l.rstrip().endswith('}')):
            return False
    else:
        return False
    lines[at] = l.replace('pub(crate) ', 'pub ', 1)
    open(p, 'w').write('\n'.join(lines))
    return True

DEF = r'^(\s*)pub\(crate\) ((?:async |const |unsafe )*(?:fn|struct|enum|type|trait|mod|static|const) {name}\b)'

def widen_name(name):
    """Widens every definition of `name` in src: E0364/E0365 name only the re-export."""
    pattern = re.compile(DEF.format(name=re.escape(name)))
    use = re.compile(r'^(\s*)pub\(crate\) (use .*\b' + re.escape(name) + r'\b)')
    done = 0
    for dirpath, _, files in os.walk(SRC):
        for f in files:
            if not f.endswith('.rs'): continue
            p = os.path.join(dirpath, f)
            lines = open(p).read().split('\n')
            changed = False
            for i, l in enumerate(lines):
                if pattern.match(l) or use.match(l):
                    lines[i] = l.replace('pub(crate) ', 'pub ', 1)
                    changed = True
                    done += 1
            if changed:
                open(p, 'w').write('\n'.join(lines))
    return done

def spans(msg):
    for s in msg.get('spans', []):
        yield s
    for c in msg.get('children', []):
        yield from spans(c)

def check():
    r = subprocess.run(['cargo', 'check', '--all-targets', '--message-format=json'],
                       cwd=ROOT, capture_output=True, text=True)
    fixes = set()
    names = set()
    errors = 0
    for line in r.stdout.split('\n'):
        if not line.startswith('{'): continue
        m = json.loads(line)
        if m.get('reason') != 'compiler-message': continue
        msg = m['message']
        code = (msg.get('code') or {}).get('code')
        text = msg.get('message', '')
        relevant = code in ('E0603', 'E0624', 'E0364', 'E0365', 'E0446') or 'more private than' in text or 'private_interfaces' in json.dumps(msg.get('code')) or 'private_bounds' in json.dumps(msg.get('code'))
        if msg['level'] == 'error': errors += 1
        if not relevant: continue
        for name in re.findall(r"`([A-Za-z_][A-Za-z0-9_]*)` is only public within the crate", text):
            names.add(name)
        for name in re.findall(r"type `(?:[a-z_]+::)*([A-Za-z_][A-Za-z0-9_]*)(?:<[^`]*>)?` is more private than", text):
            names.add(name)
        for s in spans(msg):
            fixes.add((s['file_name'], s['line_start']))
    return fixes, names, errors, r

if __name__ == '__main__':
    if '--no-narrow' not in sys.argv: narrow()
    for round in range(40):
        fixes, names, errors, r = check()
        widened = sum(widen(f, l) for f, l in sorted(fixes))
        widened += sum(widen_name(n) for n in sorted(names))
        print(f'round {round}: {errors} errors, widened {widened}', flush=True)
        if widened == 0:
            if errors:
                print(r.stderr[-4000:])
            break
