/**
 * Child process of `npm run bench`: loads the engine as `npm start` does, answers one question, and prints
 * how long each stage took since the process started, as one JSON line.
 */
import { createEngine } from '../engine.ts';
import { preloadJieba } from '../text/jieba.ts';
import { knowledgeDirs, knowledgeOption, parseCommandLine } from './options.ts';

const { values } = parseCommandLine(knowledgeOption);
const modulesLoaded = performance.now();
preloadJieba();
const jiebaLoaded = performance.now();
const engine = await createEngine({ knowledgeDirs: knowledgeDirs(values.knowledge) });
const engineReady = performance.now();
engine.answer('累计签约金额是多少？');
const firstAnswer = performance.now();
const { source, units } = engine.stats();
console.log(JSON.stringify({ modulesLoaded, jiebaLoad: jiebaLoaded - modulesLoaded, build: engineReady - jiebaLoaded, source, units, firstAnswer, rssMB: process.memoryUsage().rss / 2 ** 20 }));
