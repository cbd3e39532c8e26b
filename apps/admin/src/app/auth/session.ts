// The signed-in session: the API's bearer token and role, kept in localStorage so a reload or a
// second tab stays signed in, and dropped when it expires or the API stops accepting it.
import type { Role } from '../../generated/graphql';

export interface Session {
  token: string;
  role: Role;
  /** ISO instant the token stops working. */
  expiresAt: string;
}

const STORAGE_KEY = 'life-relay.session';
const listeners = new Set<() => void>();
let current: Session | null = read();

function read(): Session | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return Date.parse(session.expiresAt) > Date.now() ? session : null;
  } catch {
    return null;
  }
}

function write(next: Session | null): void {
  current = next;
  try {
    if (next) localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage off: the session lasts as long as the page.
  }
  listeners.forEach((listener) => listener());
}

export const session = {
  get(): Session | null {
    if (current && Date.parse(current.expiresAt) <= Date.now()) write(null);
    return current;
  },
  start(next: Session): void {
    write(next);
  },
  end(): void {
    write(null);
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

// Another tab logged in or out.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) {
      current = read();
      listeners.forEach((listener) => listener());
    }
  });
}
