"""Reading Spanish sources: numbers as Spanish writes them, places by their Spanish names, and
what each number counts from the structure of Spanish sentences. The result is the same
`Evidence` the English reader gives, so claims (always English) are judged the same way.
"""
