/** Space around the plot of the analytics charts, in px: room for the axes and their titles. */
export const CHART_MARGIN = { top: 20, right: 16, bottom: 34, left: 48 } as const;
