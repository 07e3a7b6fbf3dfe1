import { render } from 'preact';
import { loadSettings } from '../shared/storage';
import './popup.css';
import { App } from './App';
import { readTab } from './load';

// Start reading the tab before the first render: the popup's own start-up overlaps the page's cleaning.
// The settings go with the request (the reader's rules), so they are read at once too.
const firstSettings = loadSettings();
const firstReading = readTab(location.search, firstSettings);

render(<App firstReading={firstReading} firstSettings={firstSettings} />, document.getElementById('app')!);
