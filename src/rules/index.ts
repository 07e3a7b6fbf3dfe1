import bylines from './bylines';
import credits from './credits';
import comments from './comments';
import disclaimers from './disclaimers';
import hidden from './hidden';
import navigation from './navigation';
import newsletters from './newsletters';
import related from './related';
import share from './share';
import tickers from './tickers';

/** Every built-in family, in the order the options page lists them. */
export default [
  tickers,
  comments,
  share,
  related,
  newsletters,
  disclaimers,
  bylines,
  credits,
  navigation,
  hidden,
];
