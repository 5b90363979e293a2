import { Command, CommanderError, Option } from 'commander';
import { RunError, UsageError } from '../pipeline/errors.js';
import { DEFAULT_DB } from '../store/sqlite.js';
import { VERSION } from './version.js';
import { DEFAULT_MAX_BYTES } from '../ingest/inputs.js';
import { ingestCommand } from './commands/ingest.js';
import { analyzeCommand } from './commands/analyze.js';
import { articlesCommand } from './commands/articles.js';
import { showCommand } from './commands/show.js';
import { storiesCommand, storyCommand, reclusterCommand } from './commands/stories.js';
import { addServeCommand } from './commands/serve.js';
import { parseSize } from './options.js';
import { addInputOptions } from './web-options.js';
import { parseDuration, watchCommand } from './commands/watch.js';
import { EXIT } from './exit.js';
import { workerCommand } from './commands/worker.js';
import { jobsCommand } from './commands/jobs.js';
import { parseLogFormat } from './log.js';

function dbOption(): Option {
  return new Option('--db <path>', 'SQLite database file, or a postgres:// URL').default(process.env['CORROBORATE_DB'] ?? DEFAULT_DB);
}

function maxSizeOption(): Option {
  return new Option('--max-size <size>', 'largest input read, e.g. 25MB or 500KB (after gunzip); a large JSON Lines file is read line by line, and this limits each line').default(DEFAULT_MAX_BYTES, '25MB').argParser(parseSize);
}

const INPUTS_HELP = 'files, folders (read recursively), http(s) URLs of pages, feeds, OPML lists or sitemaps, or - for standard input';

export function buildProgram(): Command {
  const program = new Command('corroborate')
    .description('Read many outlets\' reports of the same events and compare what they say.')
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ outputError: (text, write) => write(text) });

  addInputOptions(program
    .command('ingest')
    .description('read inputs (files, folders, .gz, URLs, feeds, OPML lists, sitemaps, - for stdin) in any supported format and store their articles')
    .argument('<inputs...>', INPUTS_HELP)
    .addOption(dbOption())
    .addOption(maxSizeOption()))
    .option('--json', 'print a JSON summary')
    .action(async (inputs: string[], options) => {
      process.exitCode = await ingestCommand(inputs, options);
    });

  addInputOptions(program
    .command('analyze')
    .description('ingest inputs, run the pipeline, and print a briefing: per story, what sources agree on, what one alone says, contradictions, quotes, timeline; articles stored earlier but never analysed (by ingest, or a killed run) are analysed too')
    .argument('<inputs...>', INPUTS_HELP)
    .addOption(dbOption())
    .addOption(maxSizeOption()))
    .option('--json', 'print the analysis as one JSON document instead of the briefing')
    .option('--md <file>', 'also write the briefing as Markdown to <file> (- prints it instead of the terminal briefing)')
    .option('--html <file>', 'also write a self-contained HTML report to <file>, one that opens offline (- prints it instead)')
    .option('--threads <n>', 'worker threads for reading, the language layer and claims (default 0: none; the results are the same)', (v) => nonNegativeInt(v, '--threads'))
    .action(async (inputs: string[], options) => {
      process.exitCode = await analyzeCommand(inputs, options);
    });

  program
    .command('articles')
    .description('list stored articles')
    .addOption(dbOption())
    .option('--limit <n>', 'show at most n articles', (v) => positiveInt(v, '--limit'))
    .option('--language <code>', 'only articles in this language, as a two-letter code (de, pt…)', (v) => languageCode(v))
    .option('--json', 'print JSON')
    .action(async (options) => {
      process.exitCode = await articlesCommand(options);
    });

  program
    .command('show')
    .description('show one stored article: its metadata and clean text')
    .argument('<article-id>', 'an article id, or a unique prefix of one')
    .addOption(dbOption())
    .option('--json', 'print JSON: metadata, clean text and paragraph offsets')
    .action(async (id: string, options) => {
      process.exitCode = await showCommand(id, options);
    });

  program
    .command('stories')
    .description('list stories, with counts of articles and of independent sources')
    .addOption(dbOption())
    .option('--limit <n>', 'show at most n stories', (v) => positiveInt(v, '--limit'))
    .option('--json', 'print JSON')
    .action(async (options) => {
      process.exitCode = await storiesCommand(options);
    });

  program
    .command('story')
    .description('show one story: its title, time span, main entities, sources and articles')
    .argument('<story-id>', 'a story id, or a unique prefix of one')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .action(async (id: string, options) => {
      process.exitCode = await storyCommand(id, options);
    });

  program
    .command('recluster')
    .description('rebuild every story from the stored articles (after large imports)')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .action(async (options) => {
      process.exitCode = await reclusterCommand(options);
    });

  addInputOptions(program
    .command('watch')
    .description('poll feeds, pages, sitemaps and lists on a schedule with conditional requests, storing and analysing what is new; runs until stopped (Ctrl-C), and goes on where it left off')
    .argument('<sources...>', 'http(s) URLs of feeds, pages or sitemaps, or OPML files and files of URLs')
    .addOption(dbOption())
    .addOption(maxSizeOption()))
    .addOption(new Option('--every <duration>', 'how often a source is polled, unless it asks for longer (Cache-Control) or keeps failing').default(15 * 60_000, '15m').argParser(parseDuration))
    .option('--once', 'poll every source that is due once, then stop (for cron)')
    .action(async (sources: string[], options) => {
      process.exitCode = await watchCommand(sources, options);
    });

  addServeCommand(program, dbOption(), maxSizeOption());

  program
    .command('worker')
    .description('run jobs from the PostgreSQL queue (inputs given to ingest, placing, story analyses) until stopped; any number may run on any number of machines against one database')
    .addOption(dbOption())
    .option('--concurrency <n>', 'worker processes, each on a core of its own (default: every core)', (v) => positiveInt(v, '--concurrency'))
    .option('--job-timeout <seconds>', 'a job running longer is taken for dead (its worker killed) and retried', (v) => positiveInt(v, '--job-timeout'))
    .option('--exit-when-idle <seconds>', 'stop once the queue has been empty this long (a batch run, e.g. from cron) instead of waiting for more', (v) => positiveInt(v, '--exit-when-idle'))
    .addOption(new Option('--log-format <format>', 'text, or json for one JSON record per line (pino)').default('text').argParser(parseLogFormat))
    .action(async (options) => {
      process.exitCode = await workerCommand(options);
    });

  program
    .command('jobs')
    .description('list the job queue on PostgreSQL: jobs waiting, running and failed (with their errors), and submissions still being placed')
    .addOption(dbOption())
    .option('--json', 'print it as JSON')
    .option('--limit <n>', 'failed jobs listed', (v) => positiveInt(v, '--limit'), 20)
    .action(async (options) => {
      process.exitCode = await jobsCommand(options);
    });

  return program;
}

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} takes a whole number above 0, not "${value}"`);
  return n;
}

function nonNegativeInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name} takes a whole number, 0 or more, not "${value}"`);
  return n;
}

function languageCode(value: string): string {
  const code = value.trim().toLowerCase();
  if (!/^[a-z]{2,3}$/u.test(code)) throw new UsageError(`--language takes a two- or three-letter language code such as de or pt, not "${value}"`);
  return code;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[]);
    if (argv.length <= 2) {
      program.outputHelp();
      return EXIT.usage;
    }
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof RunError) {
      process.stderr.write(`error: ${error.message}\n  ${error.hint}\n`);
      return EXIT.inputsFailed;
    }
    throw error;
  }
}
