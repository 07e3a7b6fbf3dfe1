/**
 * Background (Chrome service worker / Firefox event page). Thin on purpose: the toolbar popup does the
 * work for a click. Here: settings are checked and repaired on install and update.
 * Issue 4 adds whitelisted-site registration and the badge.
 */
import browser from '../shared/browser';
import { loadSettings } from '../shared/storage';

browser.runtime.onInstalled.addListener(() => {
  // loadSettings repairs and writes back whatever an older version (or a bad edit) left in storage.
  void loadSettings();
});
