from shingikai.audit.recorder import action_for, record, should_record


class AuditMiddleware:
    """Records every request of a logged-in user: views, downloads, exports and changes."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if should_record(request):
            record(request, action_for(request, response), status=response.status_code)
        return response
