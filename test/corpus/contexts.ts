import { camel, dotted, lower } from './names.js';
import { minifiedCode } from './minified.js';

/** A way to write a secret into a file: a label for the report, the file extension, the file's text. */
export interface Context {
  context: string;
  file: string;
  render: (name: string, secret: string) => string;
}

const notebook = (...source: string[]): string =>
  `${JSON.stringify(
    {
      cells: [{ cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source }],
      metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  )}\n`;

/** Contexts for a one-line secret. */
export const LINE_CONTEXTS: Context[] = [
  { context: 'py', file: 'settings.py', render: (n, s) => `import os\n\n${n} = "${s}"\nDEBUG = False\n` },
  {
    context: 'py',
    file: 'client.py',
    render: (n, s) => `client = Client(\n    ${lower(n)}="${s}",\n    timeout=30,\n)\n`,
  },
  { context: 'py', file: 'conf.py', render: (n, s) => `SETTINGS = {\n    "${lower(n)}": '${s}',\n}\n` },
  {
    context: 'js',
    file: 'config.js',
    render: (n, s) => `const ${camel(n)} = "${s}";\nmodule.exports = { ${camel(n)} };\n`,
  },
  {
    context: 'js',
    file: 'client.mjs',
    render: (n, s) => `export default {\n  ${camel(n)}: '${s}',\n  retries: 3,\n};\n`,
  },
  { context: 'ts', file: 'env.ts', render: (n, s) => `export const ${camel(n)}: string = "${s}";\n` },
  { context: 'ts', file: 'settings.ts', render: (n, s) => `const config = {\n  ${camel(n)}: \`${s}\`,\n} as const;\n` },
  { context: 'env', file: '.env', render: (n, s) => `${n}=${s}\n` },
  { context: 'env', file: '.env.production', render: (n, s) => `# production\n${n}="${s}"\nLOG_LEVEL=info\n` },
  { context: 'yaml', file: 'config.yml', render: (n, s) => `app:\n  ${lower(n)}: ${s}\n  port: 8080\n` },
  {
    context: 'yaml',
    file: 'docker-compose.yml',
    render: (n, s) => `services:\n  api:\n    environment:\n      - ${n}=${s}\n`,
  },
  { context: 'yaml', file: 'values.yaml', render: (n, s) => `${lower(n)}: "${s}"\n` },
  { context: 'json', file: 'secrets.json', render: (n, s) => `{\n  "${n}": "${s}"\n}\n` },
  { context: 'json', file: 'appsettings.json', render: (n, s) => `{"config":{"${camel(n)}":"${s}","debug":false}}\n` },
  { context: 'toml', file: 'config.toml', render: (n, s) => `[secrets]\n${lower(n)} = "${s}"\n` },
  { context: 'shell', file: 'deploy.sh', render: (n, s) => `#!/bin/sh\nset -eu\nexport ${n}="${s}"\n./deploy\n` },
  { context: 'shell', file: 'run.sh', render: (n, s) => `${n}='${s}' node server.js\n` },
  {
    context: 'dockerfile',
    file: 'Dockerfile',
    render: (n, s) => `FROM node:20-slim\nENV ${n}=${s}\nCMD ["node", "server.js"]\n`,
  },
  { context: 'dockerfile', file: 'build.Dockerfile', render: (n, s) => `FROM python:3.12\nARG ${n}=${s}\n` },
  { context: 'properties', file: 'application.properties', render: (n, s) => `${dotted(n)}=${s}\n` },
  {
    context: 'properties',
    file: 'gradle.properties',
    render: (n, s) => `org.gradle.jvmargs=-Xmx2g\n${dotted(n)} = ${s}\n`,
  },
  {
    context: 'ruby',
    file: 'config/initializers/client.rb',
    render: (n, s) => `Client.configure do |config|\n  config.${lower(n)} = "${s}"\nend\n`,
  },
  { context: 'go', file: 'main.go', render: (n, s) => `package main\n\nconst ${camel(n)} = "${s}"\n` },
  {
    context: 'java',
    file: 'Config.java',
    render: (n, s) => `class Config {\n  private static final String ${n} = "${s}";\n}\n`,
  },
  { context: 'php', file: 'config.php', render: (n, s) => `<?php\n$${camel(n)} = '${s}';\n` },
  { context: 'ini', file: 'settings.ini', render: (n, s) => `[default]\n${lower(n)} = ${s}\n` },
  { context: 'terraform', file: 'terraform.tfvars', render: (n, s) => `region = "eu-west-1"\n${lower(n)} = "${s}"\n` },
  { context: 'markdown', file: 'README.md', render: (n, s) => `## Setup\n\n\`\`\`sh\nexport ${n}=${s}\n\`\`\`\n` },
  { context: 'markdown', file: 'NOTES.md', render: (n, s) => `Tried it with \`${n}=${s}\` and it works.\n` },
  {
    context: 'minified',
    file: 'bundle.min.js',
    render: (n, s) => `${minifiedCode(`${n}1`, 5000)};var cfg={${camel(n)}:"${s}"};${minifiedCode(`${n}2`, 3000)}\n`,
  },
  { context: 'notebook', file: 'analysis.ipynb', render: (n, s) => notebook('import os\n', `${n} = "${s}"\n`) },
  { context: 'notebook', file: 'explore.ipynb', render: (n, s) => notebook(`os.environ["${n}"] = '${s}'\n`) },
];

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((l) => by + l)
    .join('\n');

/** Contexts for a secret that spans lines (a PEM block). */
export const BLOCK_CONTEXTS: Context[] = [
  { context: 'pem', file: 'id_rsa', render: (_n, s) => `${s}\n` },
  { context: 'py', file: 'keys.py', render: (n, s) => `${n} = """\n${s}\n"""\n` },
  { context: 'js', file: 'keys.js', render: (n, s) => `const ${camel(n)} = \`${s}\`;\n` },
  {
    context: 'json',
    file: 'service-account.json',
    render: (n, s) => `{\n  "type": "service_account",\n  "${lower(n)}": ${JSON.stringify(`${s}\n`)}\n}\n`,
  },
  { context: 'env', file: '.env', render: (n, s) => `${n}="${s}"\n` },
  { context: 'shell', file: 'setup.sh', render: (_n, s) => `cat > key.pem <<'EOF'\n${s}\nEOF\n` },
  { context: 'markdown', file: 'README.md', render: (_n, s) => `Key:\n\n\`\`\`\n${s}\n\`\`\`\n` },
  { context: 'notebook', file: 'keys.ipynb', render: (n, s) => notebook(`${n} = """${s}"""\n`) },
  {
    context: 'terraform',
    file: 'main.tf',
    render: (n, s) => `resource "tls" "k" {\n  ${lower(n)} = <<EOT\n${s}\nEOT\n}\n`,
  },
  { context: 'yaml', file: 'secret.yaml', render: (n, s) => `stringData:\n  ${lower(n)}: |\n${indent(s, '    ')}\n` },
];
