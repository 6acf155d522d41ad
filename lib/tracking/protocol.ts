// Messages about the log of solicitations (the background owns the database).
export interface TrackingProtocol {
  ping(): 'pong';
}
