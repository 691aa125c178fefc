import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { initToken } from './lib/token';

// Take a `#token=` from the address before anything else reads the hash.
initToken();

const app = mount(App, { target: document.getElementById('app')! });

export default app;
