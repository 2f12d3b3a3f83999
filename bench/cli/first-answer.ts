/**
 * Child process of `npm run bench`: loads the engine as `npm start` does (reading and validating its settings
 * first), answers one question, and prints how long each stage took since the process started, as one JSON line.
 */
import { loadStartupConfig } from '../../src/config/index.ts';
import { createEngine } from '../../src/engine.ts';
import { preloadJieba } from '../../src/text/jieba.ts';
import { knowledgeOption, parseCommandLine } from '../../src/cli/options.ts';

const { values } = parseCommandLine(knowledgeOption);
const config = loadStartupConfig({ knowledgeArgs: values.knowledge });
const modulesLoaded = performance.now();
preloadJieba();
const jiebaLoaded = performance.now();
const engine = await createEngine({ knowledgeDirs: config.engine.knowledgeDirs, cacheDir: config.engine.cacheDir });
const engineReady = performance.now();
engine.answer('累计签约金额是多少？');
const firstAnswer = performance.now();
const { source, units } = engine.stats();
console.log(JSON.stringify({ modulesLoaded, jiebaLoad: jiebaLoaded - modulesLoaded, build: engineReady - jiebaLoaded, source, units, firstAnswer, rssMB: process.memoryUsage().rss / 2 ** 20 }));
