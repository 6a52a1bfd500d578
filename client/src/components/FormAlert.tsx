/** Problems with a whole form (not one field), announced when they appear. */
export function FormAlert({ messages }: { messages: readonly string[] }) {
  if (!messages.length) return null;
  return (
    <div className="alert alert--error" role="alert">
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul className="alert__list">
          {messages.map(message => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
