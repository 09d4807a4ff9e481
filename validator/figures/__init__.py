"""Reading figures: numbers in source text and the qualifiers around them."""
