'use client';
import { useEffect } from 'react';

/** Loads the hydrating bundle in the browser only (it needs a DOM; the server never imports it). */
export function Hydrate() {
  useEffect(() => {
    import('verdict-elements/cdn/hydrate');
  }, []);
  return null;
}
