import { createApi } from '../api/client';
import { parseRoute } from '../deck/controllers/hash';
import { startLoad } from './useDeckLoad';

/**
 * The app's one API, with the deck's load started the moment the bundle runs: main.tsx imports this module
 * first, so the request is on its way while React and the rest of the app are still being evaluated.
 */
export const appApi = createApi();

const openingRoute = parseRoute(window.location.hash);
startLoad(appApi, openingRoute.view === 'deck' && openingRoute.slide === null);
