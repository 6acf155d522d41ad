// Messages about escalations to national support.
export interface EscalationProtocol {
  escalationPing(): 'pong';
}
