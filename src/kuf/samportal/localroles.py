"""Local roles kept in step with the people named in a content object's fields."""


def set_role(obj, role, principals):
    """Exactly ``principals`` hold ``role`` locally on ``obj``; other roles stay."""
    wanted = {principal for principal in principals if principal}
    for principal, roles in obj.get_local_roles():
        if role in roles and principal not in wanted:
            rest = [r for r in roles if r != role]
            obj.manage_delLocalRoles([principal])
            if rest:
                obj.manage_setLocalRoles(principal, rest)
    for principal in wanted:
        roles = set(obj.get_local_roles_for_userid(principal))
        if role not in roles:
            obj.manage_setLocalRoles(principal, sorted(roles | {role}))
