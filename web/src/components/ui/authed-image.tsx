import { useEffect, useState } from 'react';
import { authedFetch } from '../../lib/auth/authed-fetch';

/**
 * An image served only to signed-in users (profile pictures under /files/). An <img> cannot
 * send the bearer token, so the bytes are fetched with it and shown from a blob URL.
 */
export function AuthedImage({
  src,
  alt,
  size,
  className,
}: {
  src: string;
  alt: string;
  size: number;
  className?: string;
}) {
  const [objectUrl, setObjectUrl] = useState<string | null>(null);
  useEffect(() => {
    // Addresses outside /files/ (an external picture) need no token.
    if (!src.startsWith('/files/')) {
      setObjectUrl(src);
      return;
    }
    let revoked = false;
    let created: string | null = null;
    void (async () => {
      try {
        const response = await authedFetch(src);
        if (!response.ok || revoked) return;
        created = URL.createObjectURL(await response.blob());
        setObjectUrl(created);
      } catch {
        setObjectUrl(null);
      }
    })();
    return () => {
      revoked = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [src]);
  if (!objectUrl) {
    return (
      <span
        className={`d-inline-block bg-secondary-subtle ${className ?? ''}`}
        style={{ width: size, height: size }}
      />
    );
  }
  return <img src={objectUrl} alt={alt} width={size} height={size} className={className} />;
}
