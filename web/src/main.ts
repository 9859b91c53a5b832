import './components/vk-app.js';
