#!/usr/bin/env python3
"""Writes N host reports into a folder: copies of the given host reports (the demo's) under new host names and run ids,
as <host>-<runId>.json, each run finishing a minute after the last. With --runs R every host gets R runs (history)."""
import json, os, sys, datetime

def main():
    source, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    templates = []
    for name in sorted(os.listdir(source)):
        if name.endswith('.json') and not name.startswith('.'):
            with open(os.path.join(source, name), encoding='utf-8') as f:
                templates.append(json.load(f))
    if not templates:
        sys.exit(f'no host reports in {source}')
    os.makedirs(target, exist_ok=True)
    hosts = max(1, count // runs)
    base = datetime.datetime(2000, 1, 3, 9, 0, tzinfo=datetime.timezone.utc)
    written = 0
    for r in range(runs):
        for h in range(hosts):
            report = dict(templates[(h + r) % len(templates)])
            start = base + datetime.timedelta(days=r, seconds=h)
            report['host'] = f'EXCH{h:06d}'
            report['runId'] = start.strftime('%Y%m%dT%H%M%SZ') + f'-{r:04d}'
            report['startedAt'] = start.isoformat()
            report['finishedAt'] = (start + datetime.timedelta(minutes=1)).isoformat()
            with open(os.path.join(target, f"{report['host']}-{report['runId']}.json"), 'w', encoding='utf-8') as f:
                json.dump(report, f, indent=2)
            written += 1
    print(f'wrote {written} host reports ({hosts} hosts x {runs} runs) into {target}')

main()
