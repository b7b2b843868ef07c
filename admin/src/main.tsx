import { render } from 'solid-js/web';
import App from './app';
import './styles/app.css';
import './styles/mobile.css';

const root = document.getElementById('app');
if (root) render(() => <App />, root);
