using ShopBot.Skills.Nlu;

namespace ShopBot.Skills.Conversation;

/// <summary>Runs the NLU on message text and puts the result on the turn for the router and skills.</summary>
public sealed class RecognizerMiddleware(IRecognizer recognizer, TimeProvider time) : ITurnMiddleware
{
    public Task OnTurnAsync(ITurnContext turn, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(activity.Text))
        {
            var reference = (activity.LocalTimestamp ?? activity.Timestamp ?? time.GetUtcNow()).DateTime;
            turn.Recognized = recognizer.Recognize(activity.Text, activity.Locale, reference);
        }

        return next(cancellationToken);
    }
}
