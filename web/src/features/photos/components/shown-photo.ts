/** A photo as the entry page shows it: on the server, or still waiting on this device. */
export interface ShownPhoto {
  key: string;
  thumbnail: string | Blob;
  full: string | Blob;
  alt: string;
  /** Set for photos on the server; the author may remove them. */
  photoId: number | null;
  removable: boolean;
  waiting: string | null;
}
