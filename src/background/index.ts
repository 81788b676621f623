import { listenForMessages } from './router.ts';

// Listeners must be registered synchronously at start-up so a restarted worker still receives the event that woke it.
listenForMessages();
