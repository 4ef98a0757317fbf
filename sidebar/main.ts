/** The sidebar's entry: the page is drawn by app.tsx. */
import { start } from './app';

start();
