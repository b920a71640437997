import type { Command } from 'commander';

/** Each command's examples, by its path of names ('' is the program itself); `triangulate --help` on any command prints them. */
const EXAMPLES: Record<string, string[]> = {
  '': ['triangulate analyze examples/caspian-ferry-fire', 'triangulate ingest feeds/ && triangulate stories', 'triangulate analyze --help'],
  analyze: [
    'triangulate analyze examples/caspian-ferry-fire',
    'triangulate analyze articles/ --json report.json --md report.md --quiet',
    'triangulate analyze articles/ --json - | jq .conflicts',
    'triangulate analyze articles/ --config pipeline.json --threads 4',
  ],
  serve: ['triangulate serve examples/caspian-ferry-fire', 'triangulate serve --db postgres://analyst@localhost/triangulate --port 8080'],
  ingest: ['triangulate ingest examples/caspian-ferry-fire feeds/today.xml', 'triangulate ingest archive/ --story-per-folder', 'triangulate ingest --retry-failed'],
  status: ['triangulate status', 'triangulate status --db postgres://analyst@localhost/triangulate'],
  stories: ['triangulate stories', 'triangulate stories merge caspian-ferry-fire ferry-fire-2'],
  'stories merge': ['triangulate stories merge caspian-ferry-fire ferry-fire-2'],
  'stories split': ['triangulate stories split caspian-ferry-fire --docs d1,d2 --name ferry-inquiry'],
  report: ['triangulate report caspian-ferry-fire --md report.md', 'triangulate report --json - > report.json', 'triangulate report caspian-ferry-fire --html report.html'],
  watch: ['triangulate watch inbox/', 'triangulate watch inbox/ --story caspian-ferry-fire'],
  worker: ['triangulate worker --db postgres://analyst@localhost/triangulate', 'triangulate worker --once'],
  tag: ['echo "Angela Merkel visited Paris." | triangulate tag', 'triangulate tag --conll eng.testb > tagged.conll'],
  completion: ['triangulate completion bash > /etc/bash_completion.d/triangulate', 'triangulate completion zsh > ~/.zfunc/_triangulate', 'triangulate completion fish > ~/.config/fish/completions/triangulate.fish'],
};

/** Every command of the program, the program first. */
export const allCommands = (c: Command): Command[] => [c, ...c.commands.flatMap(allCommands)];

const pathOf = (c: Command): string => {
  const names: string[] = [];
  for (let at: Command | null = c; at?.parent; at = at.parent) names.unshift(at.name());
  return names.join(' ');
};

/** Gives every command `--version` and an Examples section in its help; a command without examples is a mistake the tests catch. */
export function addConventions(program: Command, version: string): void {
  for (const c of allCommands(program)) {
    if (c !== program) c.version(version, '-V, --version', 'output the version number');
    const examples = EXAMPLES[pathOf(c)];
    if (examples) c.addHelpText('after', `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`);
  }
}
