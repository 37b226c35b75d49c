import { createContext, useContext } from 'react';
import type { Status } from '../../domain/progress-types';

/** Opens the status legend (at `status` when given); focus goes back to `opener` when it closes. */
export type OpenLegend = (opener: HTMLElement, status?: Status) => void;

// Without a provider (the build-time snapshot, lone components in tests) a click does nothing.
export const LegendContext = createContext<OpenLegend>(() => {});

export const useOpenLegend = () => useContext(LegendContext);
