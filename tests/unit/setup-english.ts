// Unit tests run in Node, without chrome.i18n: messages are worded from _locales/en, as in the CLI.
import { installEnglishMessages } from '../../src/shared/english-messages.ts';

installEnglishMessages();
