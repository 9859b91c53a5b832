import './components/app/vk-app.js';
