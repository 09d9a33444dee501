using System.Diagnostics.CodeAnalysis;

namespace CollectionsPlatform.Grpc;

/// <summary>Names the static method (on <see cref="BindType"/>) that binds a generated service base's methods.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
public sealed class BindServiceMethodAttribute(
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods)] Type bindType,
    string bindMethodName) : Attribute
{
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods)]
    public Type BindType { get; } = bindType;

    public string BindMethodName { get; } = bindMethodName;
}
