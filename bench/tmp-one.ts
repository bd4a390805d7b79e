import { rulesSpeakOfRisk } from '../src/core/language/support';
import { speaksOfRisk } from '../src/core/language/risk-concepts';
import { readerScore, readerSpeaksOfRisk } from '../src/core/language/support-reader';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(t).slice(0, 60), 'rules', rulesSpeakOfRisk(t), 'concepts', speaksOfRisk(t), 'reader', readerSpeaksOfRisk(t), readerScore(t).toFixed(2));
