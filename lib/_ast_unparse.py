def unparse(node):
    raise NotImplementedError
