import { render } from 'preact';
import './options.css';
import { OptionsApp } from './App';

render(<OptionsApp />, document.getElementById('app')!);
