/**
 * The story in Webkit at the phone size (support/checks.mjs says what is checked; the README says
 * what a laptop needs). One file per engine and size, so `npm run test:engines` runs them side
 * by side: most of their time is spent waiting for transitions, not computing.
 */
import { engineSuite } from './support/checks.mjs';

engineSuite('webkit', 'phone');
