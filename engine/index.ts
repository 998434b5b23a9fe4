// The public face of the engine: what the extension, the CLI and the tests import.
export { ReadoutEngine, type IndexParts, type XrefResult } from './index/engine';
export { compileCorpus, buildGazetteer } from './index/build';
export { INDEX_VERSION, type Analysis, type Article, type CorpusIndex, type PersonHit, type PublisherInfo, type StatementRecord, type TopicHit } from './index/types';
export { CorpusError, validateCorpus } from './gazetteer/validate';
export type { RawCorpus, RawPerson, RawPublisher, RawRole, RawTopic, RawStatement, Gazetteer } from './gazetteer/types';
export type { Mention } from './match/mentions';
export type { RankedStatement, Reason, Strength } from './rank/rank';
export type { PassagePair } from './rank/passages';
export { fold, foldString } from './text/normalize';
export { datesInText, parseIsoSpan, toIsoDate } from './text/dates';
export { entityCard, sentenceAround, type EntityCard, type CardStatement } from './index/lookup';
export { publisherSummary, type PublisherSummary } from './index/publishers';
export { bestSentencePair, type SentencePair } from './rank/excerpt';
export { searchCorpus, type CorpusQuery, type CorpusHit, type CorpusResults } from './search/corpus-search';
export type { Snippet } from './search/snippet';
export { proposeStatement, type Draft, type ImportText } from './import/propose';
export { contentHash, statementIdFor } from './import/content-hash';
export { statementProblems } from './gazetteer/validate-statement';
